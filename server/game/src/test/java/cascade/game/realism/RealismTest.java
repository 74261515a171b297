package cascade.game.realism;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.market.AccountView;
import cascade.game.bot.Bot;
import cascade.game.bot.DefaultBotFactory;
import cascade.game.room.InstructorAction;
import cascade.game.room.Room;
import cascade.game.room.RoomInput;
import cascade.game.room.RoomStatus;
import cascade.game.scenario.BotType;
import cascade.game.scenario.ScenarioLibrary;
import cascade.game.sim.SeedResult;
import cascade.game.sim.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Is the simulated market statistically realistic? The built-in scenarios are run headless and checked against
 * the stylized facts of crypto-perp returns and against the cascade mechanism the leverage-trap scenario
 * teaches. Each check uses fixed seeds (the room is deterministic), so a failure is a change in behaviour,
 * not bad luck. What was tuned to get here, and why: docs/scenarios.md, "Realism".
 *
 * <p>Runtime: about 20 game-hours of rooms, on two threads (the CI machine has two cores).
 */
class RealismTest {
    private static final int THREADS = 2;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    // ------------------------------------------------------------------ calm: stylized facts

    /** One calm run: the last traded price at the end of every game-minute, and the deepest cascade seen. */
    record CalmRun(long seed, long[] lastPerMinute, int maxGeneration) {
        double[] returns() {
            return ReturnStats.logReturns(lastPerMinute);
        }
    }

    static CalmRun runCalm(long seed, int hours) {
        String yaml = ScenarioLibrary.source("calm");
        // The tutorial lasts 15 minutes; statistics need hours of the same market.
        String longer = yaml.replaceFirst("(?m)^duration: .*$", "duration: \"" + hours + ":00:00\"");
        assertThat(longer).as("calm.yaml has a top-level duration to override").isNotEqualTo(yaml);
        Room room = Room.create("calm.yaml", longer, seed, new DefaultBotFactory());
        room.apply(new RoomInput.InstructorCommand(new InstructorAction.Start()));
        long tick = room.tickNanos();
        int minutes = hours * 60;
        long[] last = new long[minutes + 1];
        last[0] = room.market().lastPriceTicks();
        long t = 0;
        for (int m = 1; m <= minutes; m++) {
            while (t < m * MINUTE_NANOS) {
                t += tick;
                room.apply(new RoomInput.ClockTick(t));
            }
            last[m] = room.market().lastPriceTicks();
        }
        // A room that ended early would freeze the price and fake the statistics.
        assertThat(room.nowNanos()).isEqualTo(minutes * MINUTE_NANOS);
        assertThat(room.status()).isIn(RoomStatus.RUNNING, RoomStatus.ENDED);
        return new CalmRun(seed, last, room.market().maxGeneration());
    }

    @Test
    void calmMarketHasFatTailsVolatilityClusteringAndNoLinearPredictability() throws Exception {
        List<CalmRun> runs = parallel(1, 5, seed -> runCalm(seed, 4));
        int fatTailed = 0;
        double absAcfSum = 0;
        double acf25Sum = 0;
        for (CalmRun run : runs) {
            double[] r = run.returns();
            double kurt = ReturnStats.excessKurtosis(r);
            double absAcf = ReturnStats.meanAbsReturnAutocorrelation(r, 1, 30);
            double acf25 = ReturnStats.meanAbsAutocorrelation(r, 2, 5);
            System.out.printf("calm seed %d: %d one-minute returns, excess kurtosis %.2f, mean ACF(|r|) lags 1-30 %.3f,"
                    + " mean |ACF(r)| lags 2-5 %.3f, max cascade generation %d%n", run.seed(), r.length, kurt, absAcf,
                    acf25, run.maxGeneration());
            if (kurt > 3) {
                fatTailed++;
            }
            absAcfSum += absAcf;
            acf25Sum += acf25;
            // Still a tutorial: nothing in 4 hours may set off a chain of liquidations.
            assertThat(run.maxGeneration()).as("cascade generation in calm seed %d", run.seed()).isLessThan(2);
        }
        assertThat(fatTailed).as("seeds with excess kurtosis > 3").isGreaterThanOrEqualTo(4);
        assertThat(absAcfSum / runs.size()).as("mean ACF of |returns|, lags 1-30").isGreaterThan(0.05);
        assertThat(acf25Sum / runs.size()).as("mean |ACF of returns|, lags 2-5").isLessThan(0.1);
    }

    // ------------------------------------------------------------------ leverage trap: cascades

    static List<SeedResult> runTrap(String yaml) {
        return new Simulator("leverage-trap.yaml", yaml, new DefaultBotFactory(), 0, Double.POSITIVE_INFINITY)
                .runAll(1, 10, THREADS, s -> { });
    }

    /** The same scenario on a venue whose instrument caps every bracket at 5x (the scenario's instrument override). */
    static String cappedAt5x(String yaml) {
        assertThat(yaml).as("leverage-trap.yaml declares no instrument section of its own").doesNotContainPattern("(?m)^instrument:");
        String capped = yaml.replaceFirst("(?m)^duration:", "instrument:\n  maxLeverage: 5\nduration:");
        assertThat(capped).isNotEqualTo(yaml);
        return capped;
    }

    static long totalNotional(SeedResult r) {
        return r.liquidatedNotionalLongMicros() + r.liquidatedNotionalShortMicros();
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    @Test
    void leverageTrapCascadesAndA5xCapDefusesIt() {
        String yaml = ScenarioLibrary.source("leverage-trap");
        List<SeedResult> free = runTrap(yaml);
        List<SeedResult> capped = runTrap(cappedAt5x(yaml));
        int deep = 0;
        long[] freeNotional = new long[free.size()];
        long[] cappedNotional = new long[capped.size()];
        for (int i = 0; i < free.size(); i++) {
            SeedResult f = free.get(i);
            SeedResult c = capped.get(i);
            System.out.printf("leverage-trap seed %d: generations %d, %d liquidations, %.0f USDT liquidated, low %.1f,"
                    + " ADL %d | capped 5x: generations %d, %d liquidations, %.0f USDT%n", f.seed(), f.maxGeneration(),
                    f.liquidations(), totalNotional(f) / 1e6, f.priceLowTicks() / 10.0, f.adlCount(),
                    c.maxGeneration(), c.liquidations(), totalNotional(c) / 1e6);
            if (f.maxGeneration() >= 3) {
                deep++;
            }
            freeNotional[i] = totalNotional(f);
            cappedNotional[i] = totalNotional(c);
        }
        assertThat(deep).as("seeds with a cascade of >= 3 generations").isGreaterThanOrEqualTo(7);
        double freeMedian = median(freeNotional);
        double cappedMedian = median(cappedNotional);
        System.out.printf("median liquidated notional: uncapped %.0f USDT, capped 5x %.0f USDT%n", freeMedian / 1e6,
                cappedMedian / 1e6);
        assertThat(freeMedian).as("the uncapped trap liquidates something").isGreaterThan(0);
        assertThat(cappedMedian).as("capped median vs 20 %% of uncapped").isLessThanOrEqualTo(0.2 * freeMedian);
    }

    /**
     * The cap comparison is only meaningful if the crowd still trades under the cap (at 5x instead of being
     * refused): before the shocks, most of the crowd holds a long or short at no more than 5x; a player joins at 5x.
     */
    @Test
    void cappedCrowdStillTradesAtTheCap() {
        Room room = Room.create("leverage-trap.yaml", cappedAt5x(ScenarioLibrary.source("leverage-trap")), 1,
                new DefaultBotFactory());
        room.apply(new RoomInput.PlayerJoin("student"));
        // A joining player gets the default 20x only where the venue allows it; here the cap.
        assertThat(room.market().account(room.player(1).accountId()).leverage()).isEqualTo(5);
        room.apply(new RoomInput.InstructorCommand(new InstructorAction.Start()));
        for (long t = room.tickNanos(); t <= 7 * MINUTE_NANOS; t += room.tickNanos()) {
            room.apply(new RoomInput.ClockTick(t));
        }
        int crowd = 0;
        int positioned = 0;
        for (Bot bot : room.bots()) {
            assertThat(bot.leverage()).isLessThanOrEqualTo(5);
            if (bot.type() == BotType.RETAIL_CROWD) {
                crowd++;
                AccountView a = room.market().account(bot.accountId());
                if (a.positionLots() != 0) {
                    positioned++;
                }
            }
        }
        assertThat(positioned).as("crowd members in a position at 7:00 (of %d)", crowd).isGreaterThan(crowd / 2);
    }

    // ------------------------------------------------------------------ helpers

    interface SeedRun<T> {
        T run(long seed) throws Exception;
    }

    /** Seeds {@code from..to} on {@value #THREADS} threads, results in seed order. */
    static <T> List<T> parallel(long from, long to, SeedRun<T> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (long seed = from; seed <= to; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> body.run(s)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
