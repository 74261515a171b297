package cascade.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.command.Command;
import cascade.engine.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property test over random command streams (a seeded loop rather than jqwik: a failing seed replays
 * exactly, and 10,000 streams run in well under a minute). Each stream is one market's life from
 * {@link ScenarioGenerator}; {@link EngineInvariants} checks every invariant after every command. At the
 * end the run must have reached every liquidation path — otherwise the properties would hold vacuously.
 */
class MarketProperties {
    static final int SEQUENCES = 10_000;

    @Test
    void invariantsHoldAfterEveryCommandOfRandomStreams() {
        EngineInvariants.Stats stats = new EngineInvariants.Stats();
        for (long seed = 1; seed <= SEQUENCES; seed++) {
            run(seed, stats);
        }
        System.out.println("MarketProperties: " + stats);
        assertThat(stats.sequences).isGreaterThanOrEqualTo(10_000);
        assertThat(stats.trades).as("trades").isPositive();
        assertThat(stats.liquidations).as("liquidations").isPositive();
        assertThat(stats.laterGenerations).as("cascade generations ≥ 2").isPositive();
        assertThat(stats.fundTakeovers).as("insurance-fund takeovers").isPositive();
        assertThat(stats.adlFills).as("ADL fills").isPositive();
        assertThat(stats.socializedLosses).as("socialized losses").isPositive();
        assertThat(stats.fundingSettlements).as("funding settlements").isPositive();
        assertThat(stats.halts).as("halts").isPositive();
    }

    /** One stream: 60–400 commands after the opening, so the whole class stays within about a minute. */
    static void run(long seed, EngineInvariants.Stats stats) {
        ScenarioGenerator g = new ScenarioGenerator(seed);
        Market m = g.newMarket();
        EngineInvariants inv = new EngineInvariants(stats);
        int length = 60 + g.rnd.nextInt(341);
        int i = 0;
        Command c = null;
        try {
            for (Command open : g.opening()) {
                c = open;
                step(m, g, inv, c);
                i++;
            }
            for (int k = 0; k < length; k++, i++) {
                c = g.next(m);
                step(m, g, inv, c);
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + ", command #" + i + " " + c + ": " + e.getMessage(), e);
        }
        stats.sequences++;
    }

    private static void step(Market m, ScenarioGenerator g, EngineInvariants inv, Command c) {
        List<Event> ev = m.apply(c);
        g.observe(ev);
        inv.after(m, c, ev);
    }
}
