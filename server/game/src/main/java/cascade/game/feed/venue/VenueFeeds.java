package cascade.game.feed.venue;

import cascade.game.feed.IndexModel;
import cascade.game.feed.PriceTicks;
import cascade.game.rng.SeededRandom;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The index as players see it: several spot venues derived from one hidden underlying, combined by the
 * robustness rules of {@link IndexCombiner}, with the index faults (shocks) as methods. Single writer; call
 * {@link #tick} once per clock tick with non-decreasing game times (game nanoseconds).
 *
 * <p>Per tick: underlying {@code U = model × exp(indexMoves + coupling)}; each venue that is not frozen
 * publishes {@code round(U × (1 + bias) × (1 + noise) × (1 + outlierOffset))} (noise ~ N(0, noiseBp),
 * clamped at ±3 stdev; round half-up) and its update time becomes now; a frozen venue keeps its last value
 * and update time. Venues whose last update is more than {@code staleNanos} (default 10 s) old are dropped.
 *
 * <p><b>Decoupling</b> ({@link #decouple}): until the given time the published index is held at its value
 * when the shock began (rule {@link CombineRule#HELD_DECOUPLED}) and perp taker flow does not reach spot;
 * the underlying and the venues keep moving underneath (visible to the instructor), and when it ends the
 * index snaps back to the venues' combination. This is the "index stops following the underlying and the
 * perp flow" fault: the mark's index anchor goes stale while the perp trades on.
 *
 * <p>State: {@link #writeState}/{@link #readState} cover the model, shocks, coupling and every venue; restore
 * into an instance built from the same scenario.
 */
public final class VenueFeeds {
    public static final long DEFAULT_STALE_NANOS = 10 * PriceTicks.NANOS_PER_SECOND;

    private final IndexModel model;
    private final List<VenueSpec> specs;
    private final long[] weights;
    private final SpotCoupling coupling;
    private final long staleNanos;
    private final long outlierThresholdE8;
    private final UnderlyingShocks shocks = new UnderlyingShocks();
    private final SeededRandom[] noise;
    private final long[] value;
    private final long[] lastUpdate;
    private final long[] frozenUntil;
    private final long[] outlierE8;
    private final long[] outlierUntil;
    private long nowNanos;
    private long published;
    private long decoupledUntil = Long.MIN_VALUE;

    public VenueFeeds(IndexModel model, List<VenueSpec> venues, SpotCoupling coupling, long seed) {
        this(model, venues, coupling, seed, DEFAULT_STALE_NANOS, IndexCombiner.DEFAULT_OUTLIER_THRESHOLD_E8);
    }

    public VenueFeeds(IndexModel model, List<VenueSpec> venues, SpotCoupling coupling, long seed, long staleNanos,
                      long outlierThresholdE8) {
        if (venues.isEmpty()) {
            throw new IllegalArgumentException("at least one venue is required");
        }
        this.model = model;
        this.specs = List.copyOf(venues);
        this.coupling = coupling;
        this.staleNanos = staleNanos;
        this.outlierThresholdE8 = outlierThresholdE8;
        int n = specs.size();
        weights = new long[n];
        noise = new SeededRandom[n];
        value = new long[n];
        lastUpdate = new long[n];
        frozenUntil = new long[n];
        outlierE8 = new long[n];
        outlierUntil = new long[n];
        SeededRandom root = new SeededRandom(seed);
        for (int i = 0; i < n; i++) {
            weights[i] = specs.get(i).weight();
            noise[i] = root.split();
            value[i] = model.currentTicks();
            frozenUntil[i] = Long.MIN_VALUE;
            outlierUntil[i] = Long.MIN_VALUE;
        }
        published = model.currentTicks();
    }

    /** A single venue named "index" with no bias or noise: the published index is the model itself. */
    public static List<VenueSpec> singleVenue() {
        return List.of(new VenueSpec("index", 1, 0, 0));
    }

    /**
     * Advances to {@code gameTimeNanos}.
     *
     * @param netTakerFlowMicros net perp taker notional since the previous tick, micro-USDT (+ = buying);
     *                           only used by the coupling
     */
    public PublishedIndex tick(long gameTimeNanos, long netTakerFlowMicros) {
        if (gameTimeNanos < nowNanos) {
            throw new IllegalArgumentException("game time went backwards: " + gameTimeNanos + " < " + nowNanos);
        }
        nowNanos = gameTimeNanos;
        boolean decoupled = gameTimeNanos < decoupledUntil;
        double logOffset = shocks.logOffset(gameTimeNanos) + coupling.advance(gameTimeNanos, netTakerFlowMicros, decoupled);
        double underlying = model.nextTicks(gameTimeNanos) * StrictMath.exp(logOffset);
        int n = specs.size();
        boolean[] fresh = new boolean[n];
        for (int i = 0; i < n; i++) {
            double z = Math.max(-3, Math.min(3, noise[i].nextGaussian()));
            if (gameTimeNanos >= frozenUntil[i]) {
                double outlier = gameTimeNanos < outlierUntil[i] ? outlierE8[i] / 1e8 : 0;
                VenueSpec s = specs.get(i);
                value[i] = PriceTicks.round(underlying * (1 + s.biasE8() / 1e8) * (1 + z * s.noiseBp() / 10_000)
                        * (1 + outlier));
                lastUpdate[i] = gameTimeNanos;
            }
            fresh[i] = gameTimeNanos - lastUpdate[i] <= staleNanos;
        }
        IndexCombiner.Combination c = IndexCombiner.combine(value, fresh, weights, outlierThresholdE8);
        CombineRule rule = c.rule();
        if (decoupled) {
            rule = CombineRule.HELD_DECOUPLED;
        } else if (c.indexTicks() > 0) {
            published = c.indexTicks();
        }
        List<VenueQuote> quotes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            quotes.add(new VenueQuote(specs.get(i).name(), value[i], lastUpdate[i], c.statuses()[i]));
        }
        return new PublishedIndex(gameTimeNanos, published, PriceTicks.round(underlying), rule, quotes);
    }

    /** The last published index, ticks. */
    public long indexTicks() {
        return published;
    }

    public List<VenueSpec> venues() {
        return specs;
    }

    public IndexModel model() {
        return model;
    }

    /** feed_freeze: the venue stops updating until {@code untilNanos}; after 10 s of silence it is dropped. */
    public void freeze(String venue, long untilNanos) {
        frozenUntil[indexOf(venue)] = untilNanos;
    }

    /** outlier_venue: the venue reports the underlying × (1 + offset) until {@code untilNanos}. */
    public void outlier(String venue, long offsetE8, long untilNanos) {
        int i = indexOf(venue);
        outlierE8[i] = offsetE8;
        outlierUntil[i] = untilNanos;
    }

    /** index_decoupling until {@code untilNanos}; see the class comment. Extends, never shortens, an active one. */
    public void decouple(long untilNanos) {
        decoupledUntil = Math.max(decoupledUntil, untilNanos);
    }

    /** index_move: the underlying drifts by {@code pctE8} (parts per 10^8) linearly over {@code overNanos}. */
    public void moveBy(long pctE8, long overNanos) {
        shocks.moveBy(pctE8, nowNanos, overNanos);
    }

    /** index_step: the underlying jumps by {@code pctE8} at the next tick. */
    public void step(long pctE8) {
        shocks.step(pctE8);
    }

    private int indexOf(String venue) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(venue)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown venue '" + venue + "'");
    }

    public void writeState(DataOutput out) throws IOException {
        model.writeState(out);
        shocks.writeState(out);
        coupling.writeState(out);
        out.writeLong(nowNanos);
        out.writeLong(published);
        out.writeLong(decoupledUntil);
        out.writeInt(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            noise[i].writeState(out);
            out.writeLong(value[i]);
            out.writeLong(lastUpdate[i]);
            out.writeLong(frozenUntil[i]);
            out.writeLong(outlierE8[i]);
            out.writeLong(outlierUntil[i]);
        }
    }

    public void readState(DataInput in) throws IOException {
        model.readState(in);
        shocks.readState(in);
        coupling.readState(in);
        nowNanos = in.readLong();
        published = in.readLong();
        decoupledUntil = in.readLong();
        int n = in.readInt();
        if (n != specs.size()) {
            throw new IOException("snapshot has " + n + " venues, scenario has " + specs.size());
        }
        for (int i = 0; i < n; i++) {
            noise[i].readState(in);
            value[i] = in.readLong();
            lastUpdate[i] = in.readLong();
            frozenUntil[i] = in.readLong();
            outlierE8[i] = in.readLong();
            outlierUntil[i] = in.readLong();
        }
    }
}
