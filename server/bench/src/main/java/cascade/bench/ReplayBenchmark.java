package cascade.bench;

import cascade.game.bot.DefaultBotFactory;
import cascade.game.room.Journal;
import cascade.game.room.Room;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replaying a recorded game-hour (debriefs, what-if forks and crash recovery all replay journals): the
 * leverage-trap room with 227 bots and 20 players' inputs ({@link RoomFixtures#recordHour}), recorded once in
 * setup; each operation rebuilds the room from the journal and re-runs all 36,000 ticks and every player
 * command. Target: the hour in &lt; 3.6 s (≥ 1,000× real time). Setup checks that the replay reproduces the
 * recorded room's state hash, so the benchmark measures a faithful replay.
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar ReplayBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ReplayBenchmark {
    Journal journal;
    final DefaultBotFactory factory = new DefaultBotFactory();

    @Setup
    public void record() {
        journal = RoomFixtures.recordHour(7);
        Room original = Journal.fromBytes(journal.toBytes()).replay(factory);
        Room again = journal.replay(factory);
        MarginSweepBenchmark.check(original.nowNanos() == RoomFixtures.HOUR_NANOS, "a full hour was recorded");
        MarginSweepBenchmark.check(original.stateHash().equals(again.stateHash()), "replay is faithful");
        MarginSweepBenchmark.check(original.players().size() == RoomFixtures.PLAYERS, "players joined");
    }

    @Benchmark
    public long replayHour() {
        Room room = journal.replay(factory);
        return room.nowNanos() + room.market().liquidationCount();
    }
}
