package cascade.game.feed;

import cascade.game.feed.candle.Candle;
import cascade.game.feed.candle.CandleSeries;
import cascade.game.rng.SeededRandom;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;

/**
 * Replays 1-minute candles as a continuous path in game time.
 *
 * <p><b>Clock.</b> Historical time = candle {@code startMinute}'s open + (game time − {@code originNanos}) ×
 * {@code speed} (speed 60 = one game-second walks one historical minute).
 *
 * <p><b>Walk inside a candle.</b> Three equal thirds of the minute, piecewise linear in time: open → first
 * extreme → second extreme → close. For a candle that closed down (close &lt; open) the high is visited first
 * and the low second; otherwise the low first and the high second. This is the usual "shortest path"
 * convention (a red candle's low is taken as the later event, close to where it closed) and it never invents
 * a rally in the middle of a crash minute. Only the current candle is used: nothing later is read.
 *
 * <p><b>Noise.</b> A bounded AR(1) factor e ∈ [−1, 1] (e ← clamp(0.9 e + 0.436 z)) per tick, applied as
 * {@code price × (1 + e × noiseBp / 10^4)}: the published price stays within the candle's [low, high]
 * widened by noiseBp basis points. The noise is off once the file has ended.
 *
 * <p><b>End.</b> When historical time passes the last candle's close the model reports {@link #ended()} and
 * holds the last close. Prices: round half-up to ticks.
 */
public final class HistoricalPathModel implements IndexModel {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long THIRD_NANOS = 20_000_000_000L;

    private final CandleSeries series;
    private final int startMinute;
    private final double speed;
    private final long originNanos;
    private final double noiseBp;
    private final SeededRandom rng;
    private long lastNanos;
    private long histNanos;
    private double noise;
    private long currentTicks;

    /**
     * @param series      candles (already smoothed or rescaled if the scenario asks for it)
     * @param startMinute index of the first candle to replay
     * @param speed       historical seconds per game-second (&gt; 0)
     * @param originNanos game time at which the replay starts at {@code startMinute}'s open
     * @param noiseBp     noise bound in basis points of price (0 = none)
     */
    public HistoricalPathModel(CandleSeries series, int startMinute, double speed, long originNanos, double noiseBp,
                               long seed) {
        if (startMinute < 0 || startMinute >= series.size()) {
            throw new IllegalArgumentException("historical: start minute " + startMinute + " outside the file (0.."
                    + (series.size() - 1) + ")");
        }
        if (!(speed > 0) || !Double.isFinite(speed) || !(noiseBp >= 0)) {
            throw new IllegalArgumentException("historical: speed must be > 0 and noise ≥ 0");
        }
        this.series = series;
        this.startMinute = startMinute;
        this.speed = speed;
        this.originNanos = originNanos;
        this.noiseBp = noiseBp;
        this.rng = new SeededRandom(seed);
        this.lastNanos = originNanos;
        this.histNanos = startMinute * MINUTE_NANOS;
        this.currentTicks = series.get(startMinute).openTicks();
    }

    @Override
    public long nextTicks(long gameTimeNanos) {
        if (gameTimeNanos < lastNanos) {
            throw new IllegalArgumentException("game time went backwards: " + gameTimeNanos + " < " + lastNanos);
        }
        if (gameTimeNanos == lastNanos) {
            return currentTicks;
        }
        lastNanos = gameTimeNanos;
        long elapsedHist = (long) Math.floor((gameTimeNanos - originNanos) * speed);
        histNanos = Math.min(startMinute * MINUTE_NANOS + elapsedHist, series.size() * MINUTE_NANOS);
        long base = pathTicks(histNanos);
        if (ended() || noiseBp == 0) {
            currentTicks = base;
        } else {
            noise = Math.max(-1, Math.min(1, 0.9 * noise + 0.4358898943540674 * rng.nextGaussian()));
            currentTicks = PriceTicks.round(base * (1 + noise * noiseBp / 10_000));
        }
        return currentTicks;
    }

    /** The noiseless path at {@code histNanos} since the file's first open, in ticks. */
    long pathTicks(long hist) {
        int minute = (int) (hist / MINUTE_NANOS);
        if (minute >= series.size()) {
            return series.get(series.size() - 1).closeTicks();
        }
        Candle c = series.get(minute);
        long inMinute = hist - minute * MINUTE_NANOS;
        int third = (int) (inMinute / THIRD_NANOS);
        long rem = inMinute - third * THIRD_NANOS;
        long first = c.closedDown() ? c.highTicks() : c.lowTicks();
        long second = c.closedDown() ? c.lowTicks() : c.highTicks();
        long from = third == 0 ? c.openTicks() : third == 1 ? first : second;
        long to = third == 0 ? first : third == 1 ? second : c.closeTicks();
        return from + PriceTicks.divHalfUp(Math.multiplyExact(to - from, rem), THIRD_NANOS);
    }

    @Override
    public long currentTicks() {
        return currentTicks;
    }

    /** True once historical time has passed the last candle's close; the price then holds the last close. */
    public boolean ended() {
        return histNanos >= series.size() * MINUTE_NANOS;
    }

    /** The historical instant the replay has reached (for the UI's historical clock). */
    public Instant historicalInstant() {
        return Instant.ofEpochSecond(series.startEpochSecond(), 0).plusNanos(histNanos);
    }

    /** The candle being walked (the last one once ended). */
    public Candle currentCandle() {
        return series.get((int) Math.min(histNanos / MINUTE_NANOS, series.size() - 1));
    }

    /** Noise bound in basis points of price. */
    public double noiseBp() {
        return noiseBp;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeLong(lastNanos);
        out.writeLong(histNanos);
        out.writeLong(Double.doubleToRawLongBits(noise));
        out.writeLong(currentTicks);
        rng.writeState(out);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        lastNanos = in.readLong();
        histNanos = in.readLong();
        noise = Double.longBitsToDouble(in.readLong());
        currentTicks = in.readLong();
        rng.readState(in);
    }
}
