package cascade.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.engine.command.Command;
import cascade.engine.event.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Determinism is a test (STYLE.md habit 6): seeded streams give the same hash on independent runs; a
 * snapshot taken mid-stream and restored, fed the same remaining commands, emits the same events and ends
 * in the same state as the run that never stopped; a damaged snapshot is refused.
 */
class DeterminismTest {
    static final int LENGTH = 3_000;
    static final long[] SEEDS = {1, 2, 3, 215, 4242};

    /** One uninterrupted run: the commands fed, each command's events, and snapshots/hashes taken before some commands. */
    record Run(List<Command> commands, List<List<Event>> events, Map<Integer, byte[]> snapshots,
               Map<Integer, String> hashes, String finalHash) {
    }

    static Run run(long seed, int length, Set<Integer> snapshotBefore) {
        ScenarioGenerator g = new ScenarioGenerator(seed);
        Market m = g.newMarket();
        List<Command> commands = new ArrayList<>(g.opening());
        List<List<Event>> events = new ArrayList<>();
        Map<Integer, byte[]> snapshots = new HashMap<>();
        Map<Integer, String> hashes = new HashMap<>();
        int total = commands.size() + length;
        for (int i = 0; i < total; i++) {
            if (i == commands.size()) {
                commands.add(g.next(m)); // the stream adapts to the market, so it is drawn as it runs
            }
            if (snapshotBefore.contains(i)) {
                snapshots.put(i, m.snapshot());
                hashes.put(i, m.stateHash());
            }
            List<Event> ev = m.apply(commands.get(i));
            g.observe(ev);
            events.add(ev);
        }
        return new Run(commands, events, snapshots, hashes, m.stateHash());
    }

    @Test
    void sameSeedGivesTheSameEventsAndHashOnIndependentRuns() {
        List<String> finals = new ArrayList<>();
        for (long seed : SEEDS) {
            Run a = run(seed, LENGTH, Set.of());
            Run b = run(seed, LENGTH, Set.of());
            assertThat(b.commands()).isEqualTo(a.commands());
            assertThat(b.events()).isEqualTo(a.events());
            assertThat(b.finalHash()).as("seed %d", seed).isEqualTo(a.finalHash());
            System.out.printf("DeterminismTest: seed %d, %d commands, %d events → %s%n", seed, a.commands().size(),
                    a.events().stream().mapToInt(List::size).sum(), a.finalHash());
            finals.add(a.finalHash());
        }
        // The hash must actually depend on the state: different streams end in different states.
        assertThat(finals).doesNotHaveDuplicates();
    }

    @Test
    void restoringAMidStreamSnapshotReplaysTheSameEventsToTheSameHash() {
        Set<Integer> points = Set.of(0, 1, 40, 333, 1_000, 1_777, 2_500, LENGTH - 1);
        for (long seed : SEEDS) {
            Run full = run(seed, LENGTH, points);
            for (int p : points) {
                Market r = Market.restore(full.snapshots().get(p));
                assertThat(r.stateHash()).as("seed %d: restored hash at %d", seed, p).isEqualTo(full.hashes().get(p));
                for (int i = p; i < full.commands().size(); i++) {
                    List<Event> ev = r.apply(full.commands().get(i));
                    if (!ev.equals(full.events().get(i))) {
                        throw new AssertionError("seed " + seed + ", restored at " + p + ": events of command #" + i
                                + " " + full.commands().get(i) + " differ\n  expected " + full.events().get(i)
                                + "\n  actual   " + ev);
                    }
                }
                assertThat(r.stateHash()).as("seed %d: final hash after restore at %d", seed, p)
                        .isEqualTo(full.finalHash());
            }
        }
    }

    @Test
    void restoreOfASnapshotHasTheSameHashAtEveryPointOfAStream() {
        for (long seed : SEEDS) {
            ScenarioGenerator g = new ScenarioGenerator(seed);
            Market m = g.newMarket();
            List<Command> commands = new ArrayList<>(g.opening());
            for (int i = 0; i < 1_500; i++) {
                Command c = i < commands.size() ? commands.get(i) : g.next(m);
                g.observe(m.apply(c));
                if (i % 7 == 0) {
                    byte[] snap = m.snapshot();
                    Market r = Market.restore(snap);
                    assertThat(r.stateHash()).as("seed %d after command %d", seed, i).isEqualTo(m.stateHash());
                    assertThat(r.snapshot()).isEqualTo(snap);
                }
            }
        }
    }

    @Test
    void truncatedSnapshotIsRefused() {
        byte[] snap = busySnapshot();
        for (int len : new int[] {0, 1, 3, 4, 5, 8, 64, snap.length / 2, snap.length - 8, snap.length - 1}) {
            byte[] cut = Arrays.copyOf(snap, len);
            assertThatThrownBy(() -> Market.restore(cut)).as("truncated to %d of %d bytes", len, snap.length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(snap, snap.length + 1);
        assertThatThrownBy(() -> Market.restore(longer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corruptedSnapshotIsRefused() {
        byte[] snap = busySnapshot();
        SplittableRandom rnd = new SplittableRandom(7);
        // Every byte position once (one flipped bit), then random multi-byte damage.
        for (int pos = 0; pos < snap.length; pos++) {
            byte[] bad = snap.clone();
            bad[pos] ^= (byte) (1 << rnd.nextInt(8));
            int at = pos;
            assertThatThrownBy(() -> Market.restore(bad)).as("bit flipped at byte %d of %d", at, snap.length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (int k = 0; k < 200; k++) {
            byte[] bad = snap.clone();
            int start = rnd.nextInt(snap.length - 8);
            for (int j = 0; j < 8; j++) {
                bad[start + j] = (byte) ~bad[start + j];
            }
            assertThatThrownBy(() -> Market.restore(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A snapshot with accounts, positions, resting orders, fund inventory and genealogy in it. */
    private static byte[] busySnapshot() {
        ScenarioGenerator g = new ScenarioGenerator(215);
        Market m = g.newMarket();
        for (Command c : g.opening()) {
            g.observe(m.apply(c));
        }
        for (int i = 0; i < 800; i++) {
            g.observe(m.apply(g.next(m)));
        }
        assertThat(m.query().openInterestLots()).isPositive();
        assertThat(m.bookView(1).bidPrices().length + m.bookView(1).askPrices().length).isPositive();
        return m.snapshot();
    }
}
