package cascade.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.MarginMode;
import cascade.engine.command.Side;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.Event;
import cascade.engine.event.PositionLiquidated;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper that speaks a trainer's units: USDT, BTC and prices as decimals; converts to engine units
 * (ticks of 0.1, lots of 0.001 BTC, micro-USDT) for the default BTCUSDT instrument. Checks the money and
 * open-interest invariants after every command.
 */
final class MarketDriver {
    static final long USDT = 1_000_000L;
    final Market market;
    final List<Event> events = new ArrayList<>();
    private long now;
    private final long tickNanos = 100_000_000L;

    MarketDriver(Instrument inst, double indexPrice) {
        market = new Market(inst, ticks(indexPrice));
    }

    MarketDriver(double indexPrice) {
        this(Instrument.btcUsdt(), indexPrice);
    }

    static long ticks(double price) {
        return Math.round(price * 10);
    }

    static long lots(double btc) {
        return Math.round(btc * 1000);
    }

    static long micros(double usdt) {
        return Math.round(usdt * USDT);
    }

    List<Event> apply(Command c) {
        List<Event> ev = market.apply(c);
        events.addAll(ev);
        Ledger l = market.ledger();
        assertThat(l.totalMicros()).as("money conserved after %s: %s", c, l).isEqualTo(l.depositsMicros());
        assertThat(l.longOpenInterestLots()).as("long OI = short OI after %s", c).isEqualTo(l.shortOpenInterestLots());
        assertThat(market.query().bookUncrossed()).as("book not crossed after %s", c).isTrue();
        return ev;
    }

    MarketDriver account(long id, double usdt, int leverage) {
        apply(new Deposit(id, micros(usdt)));
        noReject(apply(new SetLeverage(id, leverage)));
        return this;
    }

    MarketDriver isolated(long id) {
        noReject(apply(new SetMarginMode(id, MarginMode.ISOLATED)));
        return this;
    }

    List<Event> limit(long id, Side side, double price, double btc) {
        return apply(new PlaceOrder(id, 0, side, OrderType.LIMIT, TimeInForce.GTC, ticks(price), lots(btc), false));
    }

    List<Event> market(long id, Side side, double btc) {
        return apply(new PlaceOrder(id, 0, side, OrderType.MARKET, TimeInForce.IOC, 0, lots(btc), false));
    }

    /** Advances one clock tick with the index at {@code price}. */
    List<Event> tick(double price) {
        now += tickNanos;
        return apply(new IndexTick(now, ticks(price), "index to " + price));
    }

    /** Advances {@code seconds} of game time in ticks, index held at {@code price}. */
    List<Event> hold(double price, double seconds) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < Math.round(seconds * 10); i++) {
            out.addAll(tick(price));
        }
        return out;
    }

    static List<Event> noReject(List<Event> ev) {
        assertThat(ev).noneMatch(e -> e instanceof CommandRejected);
        return ev;
    }

    List<PositionLiquidated> liquidations() {
        return events.stream().filter(e -> e instanceof PositionLiquidated).map(e -> (PositionLiquidated) e).toList();
    }

    static <T extends Event> List<T> of(List<Event> ev, Class<T> type) {
        return ev.stream().filter(type::isInstance).map(type::cast).toList();
    }

    AccountView view(long id) {
        return market.account(id);
    }
}
