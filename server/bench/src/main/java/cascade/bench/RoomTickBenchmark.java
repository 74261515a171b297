package cascade.bench;

import cascade.game.bot.DefaultBotFactory;
import cascade.game.room.Room;
import cascade.game.room.RoomInput;
import cascade.game.room.RoomStatus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one room with 50 bots ({@link RoomFixtures#fiftyBotRoomYaml}: 4 makers, 2 arbitrageurs, 16
 * noise, 3 momentum, 25 retail) per game-second: ten 100 ms clock ticks with index, mark, margin service and
 * every bot's decision. One operation is {@value #SECONDS} game-seconds of a session (5:00 → 35:00, the crowd
 * has entered, books are full), each iteration from the same snapshot, so every shot measures the same
 * market rather than a room drifting through days of game time. Score ÷ {@value #SECONDS} = cost per
 * game-second; 1 s ÷ that = rooms one core runs at real time (target ≥ 200, i.e. ≤ 5 ms per game-second).
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar RoomTickBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 10)
@Measurement(iterations = 10)
public class RoomTickBenchmark {
    static final int SECONDS = 1800;
    final DefaultBotFactory factory = new DefaultBotFactory();
    byte[] snapshot;
    Room room;

    @Setup(Level.Trial)
    public void warm() {
        Room r = RoomFixtures.startedRoom(RoomFixtures.fiftyBotRoomYaml(), 3);
        MarginSweepBenchmark.check(r.bots().size() == 50, "50 bots, got " + r.bots().size());
        advance(r, 300);
        snapshot = r.snapshot();
    }

    @Setup(Level.Iteration)
    public void fresh() {
        room = Room.restore(snapshot, factory);
    }

    static void advance(Room room, int seconds) {
        long tick = room.tickNanos();
        long now = room.nowNanos();
        for (int i = 0; i < seconds * 10; i++) {
            now += tick;
            room.apply(new RoomInput.ClockTick(now));
        }
        MarginSweepBenchmark.check(room.status() == RoomStatus.RUNNING, "room still running");
    }

    @Benchmark
    public long halfHour() {
        advance(room, SECONDS);
        return room.market().lastPriceTicks();
    }
}
