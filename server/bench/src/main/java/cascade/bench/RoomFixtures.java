package cascade.bench;

import cascade.engine.command.CancelOrder;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;
import cascade.engine.market.OrderView;
import cascade.game.bot.DefaultBotFactory;
import cascade.game.room.InstructorAction;
import cascade.game.room.Journal;
import cascade.game.room.Room;
import cascade.game.room.RoomInput;
import cascade.game.scenario.ScenarioLibrary;
import java.util.List;
import java.util.SplittableRandom;

/** Rooms for the room benchmarks: a recorded hour with players, and a steady 50-bot room. */
final class RoomFixtures {
    static final long HOUR_NANOS = 3_600_000_000_000L;
    static final int PLAYERS = 20;
    /** Each player acts on average every this many game-seconds (a class trading by hand). */
    static final double PLAYER_GAP_SECONDS = 20;

    private RoomFixtures() {
    }

    static String withDuration(String yaml, String duration) {
        String out = yaml.replaceFirst("(?m)^duration: .*$", "duration: \"" + duration + "\"");
        MarginSweepBenchmark.check(!out.equals(yaml), "scenario has a duration line");
        return out;
    }

    /**
     * The leverage-trap scenario (227 bots: 3 makers, 2 arbitrageurs, 15 noise, 5 momentum, 200 retail, a
     * whale, a short-gamma dealer) stretched to one game-hour, with {@value #PLAYERS} players joined at the
     * start who each send a command every ~{@value #PLAYER_GAP_SECONDS} game-seconds: market orders, limits
     * near the mark, cancels, closes. Every input is journaled before it is applied, as the server does.
     */
    static Journal recordHour(long seed) {
        String yaml = withDuration(ScenarioLibrary.source("leverage-trap"), "1:00:00");
        Room room = Room.create("leverage-trap.yaml", yaml, seed, new DefaultBotFactory());
        Journal journal = new Journal("leverage-trap.yaml", yaml, seed);
        for (int p = 1; p <= PLAYERS; p++) {
            apply(journal, room, new RoomInput.PlayerJoin("player" + p));
        }
        apply(journal, room, new RoomInput.InstructorCommand(new InstructorAction.Start()));
        SplittableRandom rnd = new SplittableRandom(seed);
        long tick = room.tickNanos();
        double perTick = tick / 1e9 / PLAYER_GAP_SECONDS;
        for (long t = tick; t <= HOUR_NANOS; t += tick) {
            for (int p = 1; p <= PLAYERS; p++) {
                if (rnd.nextDouble() < perTick) {
                    Command c = playerCommand(room, p, rnd);
                    if (c != null) {
                        apply(journal, room, new RoomInput.PlayerCommand(p, c));
                    }
                }
            }
            apply(journal, room, new RoomInput.ClockTick(t));
        }
        return journal;
    }

    private static void apply(Journal journal, Room room, RoomInput input) {
        journal.append(room, input);
        room.apply(input);
    }

    private static Command playerCommand(Room room, int playerId, SplittableRandom rnd) {
        long account = room.player(playerId).accountId();
        long mark = room.market().markPriceTicks();
        double u = rnd.nextDouble();
        Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
        long lots = 1 + rnd.nextInt(50); // 0.001–0.05 BTC
        if (u < 0.40) {
            return PlaceOrder.market(account, side, lots);
        }
        if (u < 0.75) {
            long offset = 1 + (long) (mark * 0.003 * rnd.nextDouble()); // up to 0.3 % from mark, passive
            return PlaceOrder.limit(account, side, side.isBuy() ? mark - offset : mark + offset, lots);
        }
        if (u < 0.90) {
            List<OrderView> open = room.market().query().orders(account);
            return open.isEmpty() ? null : new CancelOrder(account, open.get(0).orderId());
        }
        return room.market().account(account).positionLots() == 0 ? null : new ClosePosition(account);
    }

    /** The calm tutorial's market with exactly 50 bots, running for days (so a benchmark never reaches the end). */
    static String fiftyBotRoomYaml() {
        String yaml = withDuration(ScenarioLibrary.source("calm"), "168:00:00");
        String bots = yaml.substring(yaml.indexOf("\nbots:\n") + 1, yaml.indexOf("\nshocks:\n") + 1);
        String fifty = """
                bots:
                  - {type: market_maker, count: 4, spreadBps: 2, levels: 10, levelStepBps: 2, sizeBtc: 0.5}
                  - {type: arbitrageur, count: 2, thresholdBps: 5, sizeBtc: 0.5}
                  - {type: noise, count: 16, ordersPerMinute: 4, sizeBtc: 0.05, limitShare: 0.6, activityVolPct: 40}
                  - {type: momentum, count: 3, lookbackSeconds: 30, thresholdBps: 40, sizeBtc: 0.2, leverage: 10}
                  - {type: retail_crowd, count: 25, leverageMin: 5, leverageMax: 20, longShare: 0.5, entryBandPct: 1}
                """;
        return yaml.replace(bots, fifty);
    }

    static Room startedRoom(String yaml, long seed) {
        Room room = Room.create("bench.yaml", yaml, seed, new DefaultBotFactory());
        room.apply(new RoomInput.InstructorCommand(new InstructorAction.Start()));
        return room;
    }
}
