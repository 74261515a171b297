package cascade.game.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.Side;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
import cascade.game.scenario.OrderSide;
import cascade.game.scenario.ScenarioLibrary;
import cascade.game.scenario.Shock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomTest {
    static final long SECOND = 1_000_000_000L;

    static Room room(String id, long seed) {
        return Room.create(id + ".yaml", ScenarioLibrary.source(id), seed, QuotingTestBot.FACTORY);
    }

    /** Runs the clock for {@code seconds}, recording every input in {@code journal}. */
    static List<RoomEvent> run(Room room, Journal journal, double seconds) {
        List<RoomEvent> all = new ArrayList<>();
        long ticks = Math.round(seconds * SECOND / room.tickNanos());
        for (long i = 0; i < ticks; i++) {
            all.addAll(apply(room, journal, new RoomInput.ClockTick(room.nowNanos() + room.tickNanos())));
        }
        return all;
    }

    static List<RoomEvent> apply(Room room, Journal journal, RoomInput in) {
        journal.append(room, in);
        return room.apply(in);
    }

    static Journal journal(Room r) {
        return new Journal(r.scenarioName(), r.scenarioYaml(), r.seed());
    }

    static <T> List<T> market(List<RoomEvent> events, Class<T> type) {
        return events.stream().filter(e -> e instanceof RoomEvent.Market).map(e -> ((RoomEvent.Market) e).event())
                .filter(type::isInstance).map(type::cast).toList();
    }

    static RoomInput.InstructorCommand instructor(InstructorAction a) {
        return new RoomInput.InstructorCommand(a);
    }

    @Test
    void lifecycleJoinsAndRefusalsLeaveStateUntouched() {
        Room r = room("calm", 7);
        Journal j = journal(r);
        assertThat(r.status()).isEqualTo(RoomStatus.LOBBY);
        List<RoomEvent> ev = apply(r, j, new RoomInput.PlayerJoin("ana"));
        assertThat(ev).anyMatch(e -> e instanceof RoomEvent.PlayerJoined p && p.playerId() == 1 && p.nickname().equals("ana"));
        String before = r.stateHash();
        assertThat(apply(r, j, new RoomInput.PlayerJoin("ANA"))).singleElement()
                .satisfies(e -> assertThat(((RoomEvent.InputRejected) e).code()).isEqualTo("ROOM_NICKNAME_TAKEN"));
        assertThat(apply(r, j, new RoomInput.ClockTick(SECOND))).singleElement()
                .satisfies(e -> assertThat(((RoomEvent.InputRejected) e).code()).isEqualTo("ROOM_NOT_RUNNING"));
        assertThat(apply(r, j, new RoomInput.PlayerCommand(1, new SetLeverage(2, 10)))).singleElement()
                .satisfies(e -> assertThat(((RoomEvent.InputRejected) e).code()).isIn("ROOM_NOT_RUNNING", "AUTH_FORBIDDEN"));
        // inputsApplied counts refused inputs too; everything else is as before
        assertThat(r.snapshot().length).isEqualTo(Room.restore(r.snapshot(), QuotingTestBot.FACTORY).snapshot().length);
        apply(r, j, instructor(new InstructorAction.Start()));
        assertThat(apply(r, j, new RoomInput.PlayerCommand(1, new SetLeverage(2, 10)))).singleElement()
                .satisfies(e -> assertThat(((RoomEvent.InputRejected) e).code()).isEqualTo("AUTH_FORBIDDEN"));
        apply(r, j, instructor(new InstructorAction.Lock(true)));
        assertThat(apply(r, j, new RoomInput.PlayerJoin("bob"))).singleElement()
                .satisfies(e -> assertThat(((RoomEvent.InputRejected) e).code()).isEqualTo("ROOM_LOCKED"));
        assertThat(before).isNotEqualTo(r.stateHash());
    }

    @Test
    void theMarketIsAliveAndPlayersTradeAgainstBots() {
        Room r = room("calm", 11);
        Journal j = journal(r);
        apply(r, j, new RoomInput.PlayerJoin("ana"));
        apply(r, j, instructor(new InstructorAction.Start()));
        run(r, j, 5);
        assertThat(r.market().query().bestBidTicks()).isPositive();
        assertThat(r.market().query().bestAskTicks()).isGreaterThan(r.market().query().bestBidTicks());
        List<RoomEvent> ev = apply(r, j, new RoomInput.PlayerCommand(1,
                new PlaceOrder(1, 42, Side.BUY, OrderType.MARKET, TimeInForce.IOC, 0, 10, false)));
        assertThat(market(ev, TradeExecuted.class)).isNotEmpty();
        assertThat(r.market().account(1).positionLots()).isEqualTo(10);
        assertThat(r.standings()).singleElement().satisfies(s -> assertThat(s.nickname()).isEqualTo("ana"));
    }

    @Test
    void snapshotReplayAndJournalReproduceTheHash() {
        Room r = room("leverage-trap", 3);
        Journal j = journal(r);
        apply(r, j, new RoomInput.PlayerJoin("ana"));
        apply(r, j, instructor(new InstructorAction.Start()));
        run(r, j, 20);
        byte[] mid = r.snapshot();
        int midEntries = j.entries().size();
        apply(r, j, new RoomInput.PlayerCommand(1, new PlaceOrder(1, 1, Side.SELL, OrderType.MARKET, TimeInForce.IOC, 0, 50, false)));
        apply(r, j, instructor(new InstructorAction.InjectShock(new Shock.IndexStep(-3_000_000))));
        apply(r, j, instructor(new InstructorAction.InjectShock(new Shock.WhaleOrder(OrderSide.SELL, 20_000))));
        run(r, j, 30);
        String finalHash = r.stateHash();

        Room replayed = Room.replay(mid, j.inputs().subList(midEntries, j.entries().size()), QuotingTestBot.FACTORY);
        assertThat(replayed.stateHash()).isEqualTo(finalHash);
        Journal decoded = Journal.fromBytes(j.toBytes());
        assertThat(decoded.entries()).isEqualTo(j.entries());
        assertThat(decoded.replay(QuotingTestBot.FACTORY).stateHash()).isEqualTo(finalHash);
        assertThat(Room.restore(r.snapshot(), QuotingTestBot.FACTORY).stateHash()).isEqualTo(finalHash);
        assertThat(room("leverage-trap", 4).stateHash()).isNotEqualTo(room("leverage-trap", 3).stateHash());
    }

    @Test
    void whatIfProjectsACascadeWithoutTouchingTheLiveRoom() {
        Room r = room("leverage-trap", 5);
        Journal j = journal(r);
        apply(r, j, new RoomInput.PlayerJoin("ana"));
        apply(r, j, instructor(new InstructorAction.Start()));
        apply(r, j, new RoomInput.PlayerCommand(1, new SetLeverage(1, 50)));
        run(r, j, 3);
        apply(r, j, new RoomInput.PlayerCommand(1, new PlaceOrder(1, 1, Side.BUY, OrderType.MARKET, TimeInForce.IOC, 0, 2_000, false)));
        String before = r.stateHash();

        Projection p = WhatIf.project(r, new Shock.IndexStep(-10_000_000), 30, QuotingTestBot.FACTORY);

        assertThat(r.stateHash()).isEqualTo(before);
        assertThat(p.liquidations()).isPositive();                     // the 50× long cannot survive −10 %
        assertThat(p.liquidatedNotionalLongMicros()).isPositive();
        assertThat(p.markLowTicks()).isLessThan(r.market().markPriceTicks());
        assertThat(p.maxGeneration()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void scheduledShocksFireAndInstructorRulesReachTheEngine() {
        Room r = room("leverage-trap", 9);
        Journal j = journal(r);
        apply(r, j, instructor(new InstructorAction.Start()));
        List<RoomEvent> ev = run(r, j, 125);                          // the scenario has news at 02:00
        assertThat(ev).anyMatch(e -> e instanceof RoomEvent.NewsPublished n && n.text().contains("support"));
        assertThat(ev).anyMatch(e -> e instanceof RoomEvent.ShockApplied s && s.scheduled());
        apply(r, j, instructor(new InstructorAction.InjectShock(new Shock.MaxLeverage(5))));
        assertThat(r.market().instrument().brackets().get(1).maxLeverage()).isEqualTo(5);
        apply(r, j, instructor(new InstructorAction.InjectShock(new Shock.Halt(10 * SECOND))));
        assertThat(r.market().halted()).isTrue();
        assertThat(apply(r, j, instructor(new InstructorAction.SetSpeed(10_000)))).singleElement()
                .satisfies(e -> assertThat(((RoomEvent.InputRejected) e).code()).isEqualTo("ROOM_BAD_SPEED"));
        assertThatThrownBy(() -> Room.restore(new byte[] {1, 2, 3}, QuotingTestBot.FACTORY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(market(ev, PositionLiquidated.class)).allSatisfy(l -> assertThat(l.generation()).isPositive());
    }
}
