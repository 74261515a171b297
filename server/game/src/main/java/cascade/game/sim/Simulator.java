package cascade.game.sim;

import cascade.engine.Instrument;
import cascade.engine.event.PositionAutoDeleveraged;
import cascade.engine.event.PositionLiquidated;
import cascade.game.bot.BotFactory;
import cascade.game.room.InstructorAction;
import cascade.game.room.Room;
import cascade.game.room.RoomEvent;
import cascade.game.room.RoomInput;
import cascade.game.room.RoomStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Headless stress testing: runs a scenario's room for each seed without any server, as fast as the CPU
 * allows (or paced at a speed-up), and measures the cascade. Seeds run in parallel on up to
 * {@code threads} cores; results come back in seed order, so the same scenario and seeds always give the
 * same results (timing aside).
 */
public final class Simulator {
    private final String scenarioName;
    private final String scenarioYaml;
    private final BotFactory factory;
    private final long gameSeconds;
    private final double speed;

    /**
     * @param gameSeconds how long to run (0 = the scenario's duration)
     * @param speed       game-seconds per wall-second; {@code Double.POSITIVE_INFINITY} = as fast as possible
     */
    public Simulator(String scenarioName, String scenarioYaml, BotFactory factory, long gameSeconds, double speed) {
        if (gameSeconds < 0 || !(speed > 0)) {
            throw new IllegalArgumentException("minutes must be ≥ 0 and speed > 0");
        }
        this.scenarioName = scenarioName;
        this.scenarioYaml = scenarioYaml;
        this.factory = factory;
        this.gameSeconds = gameSeconds;
        this.speed = speed;
    }

    public SeedResult run(long seed) {
        long started = System.nanoTime();
        Room room = Room.create(scenarioName, scenarioYaml, seed, factory);
        room.apply(new RoomInput.InstructorCommand(new InstructorAction.Start()));
        Instrument inst = room.market().instrument();
        long limit = gameSeconds > 0 ? gameSeconds * 1_000_000_000L : room.scenario().durationNanos();
        long tick = room.tickNanos();
        long peak = room.market().markPriceTicks();
        long low = peak;
        long maxDd = 0;
        long fundMin = room.market().insuranceFundMicros();
        long minDepth = Long.MAX_VALUE;
        long liquidations = 0;
        long longNotional = 0;
        long shortNotional = 0;
        long adl = 0;
        long lastMinute = -1;
        long t = 0;
        while (t < limit && room.status() == RoomStatus.RUNNING) {
            t += tick;
            for (RoomEvent e : room.apply(new RoomInput.ClockTick(t))) {
                if (e instanceof RoomEvent.Market m) {
                    if (m.event() instanceof PositionLiquidated l) {
                        liquidations++;
                        long n = inst.notionalMicros(l.markTicks(), l.qtyLots());
                        if (l.positionSide().isBuy()) {
                            longNotional += n;
                        } else {
                            shortNotional += n;
                        }
                    } else if (m.event() instanceof PositionAutoDeleveraged) {
                        adl++;
                    }
                }
            }
            long mark = room.market().markPriceTicks();
            peak = Math.max(peak, mark);
            low = Math.min(low, mark);
            maxDd = Math.max(maxDd, (peak - mark) * 100_000_000L / peak);
            fundMin = Math.min(fundMin, room.market().insuranceFundMicros());
            long minute = t / 60_000_000_000L;
            if (minute != lastMinute) {
                lastMinute = minute;
                long[] depth = room.market().query().depthWithinLots(1_000_000);
                minDepth = Math.min(minDepth, inst.notionalMicros(mark, depth[0] + depth[1]));
            }
            pace(started, t);
        }
        return new SeedResult(seed, t / 1_000_000_000L, liquidations, longNotional, shortNotional,
                room.market().maxGeneration(), low, maxDd, fundMin, adl, minDepth == Long.MAX_VALUE ? 0 : minDepth,
                room.market().socializedLossMicros(), (System.nanoTime() - started) / 1_000_000);
    }

    private void pace(long startedNanos, long gameNanos) {
        if (Double.isInfinite(speed)) {
            return;
        }
        long due = startedNanos + (long) (gameNanos / speed);
        long wait = due - System.nanoTime();
        if (wait > 1_000_000) {
            try {
                Thread.sleep(wait / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs seeds {@code from..to} inclusive on up to {@code threads} threads; {@code done} hears each finished seed. */
    public List<SeedResult> runAll(long from, long to, int threads, LongConsumer done) {
        if (to < from) {
            throw new IllegalArgumentException("seed range " + from + ".." + to + " is empty");
        }
        int n = (int) Math.min(Math.max(1, threads), to - from + 1);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread th = new Thread(r, "simulate");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<SeedResult>> futures = new ArrayList<>();
            for (long seed = from; seed <= to; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> {
                    SeedResult r = run(s);
                    done.accept(s);
                    return r;
                }));
            }
            List<SeedResult> out = new ArrayList<>();
            for (Future<SeedResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
