package cascade.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.game.bot.DefaultBotFactory;
import cascade.game.scenario.ScenarioLibrary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Pins the whole simulation: every built-in scenario, 10 game-minutes from seed {@value #SEED}, must end in the
 * same {@link Room#stateHash()} on every machine and JDK (checked on 17 and 25). A changed hash means the
 * market now behaves differently — intended (a tuning, a bot or engine change: update the hash in the same
 * commit and say why) or not (nondeterminism: HashMap iteration, {@code Math} instead of {@code StrictMath},
 * wall-clock time, unseeded randomness).
 */
class GoldenHashTest {
    static final long SEED = 42;
    static final long TEN_MINUTES = 600_000_000_000L;

    static final Map<String, String> GOLDEN = new LinkedHashMap<>();

    static {
        GOLDEN.put("calm", "07d2e5a58186cabd34261bbf0acda3998307287516d57cec995289ca89343956");
        GOLDEN.put("leverage-trap", "a3d66317d1ad0fd66be0d1fec61a73d851c2d99c9810de1cf6b3f4cff2416e35");
        GOLDEN.put("thin-book", "6f63def4470e3694593b1b3742748156911c41358039cea18657477f20640a20");
        GOLDEN.put("index-decoupling", "0ee36a2ab3ad1120f3ef4f8fde7edb79e47b29783e479d98a0dd0fb44dbde46c");
        GOLDEN.put("crash-2020-03-12", "bfd22ac309665234c8597fddea8f3162cbb4b637498ed468f8dd600aec93121a");
        GOLDEN.put("crash-2021-05-19", "2d487120aad885419ec5204485c5fbcb6bff3d6b4aaf3aef10c337c56ec47774");
        GOLDEN.put("crash-2025-10-10", "43fe0d4a33fab16db2a450182841b15b573ad202e3ab6a7db65289cb10060b17");
    }

    static Room started(String id) {
        Room room = Room.create(id + ".yaml", ScenarioLibrary.source(id), SEED, new DefaultBotFactory());
        room.apply(new RoomInput.InstructorCommand(new InstructorAction.Start()));
        return room;
    }

    /** Ticks from the room's current time up to {@code untilNanos} inclusive. */
    static void runUntil(Room room, long untilNanos) {
        for (long t = room.nowNanos() + room.tickNanos(); t <= untilNanos; t += room.tickNanos()) {
            room.apply(new RoomInput.ClockTick(t));
        }
    }

    @Test
    void everyBuiltInScenarioHasAGoldenHash() {
        assertThat(GOLDEN.keySet()).containsExactlyElementsOf(ScenarioLibrary.ids());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void tenMinutesEndInTheGoldenHash(String id) {
        Room room = started(id);
        runUntil(room, TEN_MINUTES);
        assertThat(room.nowNanos()).isEqualTo(TEN_MINUTES);
        assertThat(room.stateHash()).as(id).isEqualTo(GOLDEN.get(id));
    }

    static Iterable<String> ids() {
        return ScenarioLibrary.ids();
    }

    @Test
    void twoRunsOfTheSameScenarioAgree() {
        // Not a copy of the golden test: the two rooms run interleaved in one JVM, so shared static state
        // (a cache, a static RNG) would make them diverge even if each alone matched its hash.
        Room a = started("leverage-trap");
        Room b = started("leverage-trap");
        for (long t = a.tickNanos(); t <= TEN_MINUTES; t += a.tickNanos()) {
            a.apply(new RoomInput.ClockTick(t));
            b.apply(new RoomInput.ClockTick(t));
        }
        assertThat(a.stateHash()).isEqualTo(b.stateHash()).isEqualTo(GOLDEN.get("leverage-trap"));
    }

    @Test
    void snapshotAndRestoreMidwayReachTheSameHash() {
        // The trap's whale order and index slides come after minute 5, so the restored room must carry the
        // shock schedule, the bots' plans and the engine's state across the snapshot to match.
        Room room = started("leverage-trap");
        runUntil(room, TEN_MINUTES / 2);
        byte[] snapshot = room.snapshot();
        Room restored = Room.restore(snapshot, new DefaultBotFactory());
        assertThat(restored.stateHash()).isEqualTo(room.stateHash());
        runUntil(restored, TEN_MINUTES);
        assertThat(restored.stateHash()).isEqualTo(GOLDEN.get("leverage-trap"));
    }
}
