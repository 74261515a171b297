package cascade.game.demo;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.MarginMode;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.Side;
import cascade.engine.event.Event;
import cascade.engine.event.InsuranceFundChanged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.market.Market;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scripted three-generation cascade on the real engine, printed for a class: three leveraged longs, a
 * thin book, the index steps down once and holds; each forced sell walks the book and pushes the next
 * long over on the following tick.
 */
public final class CascadeDemo {
    private static final long MM = 100;
    private final Market market = new Market(Instrument.btcUsdt(), 500_000);
    private final PrintStream out;
    private long now;

    private CascadeDemo(PrintStream out) {
        this.out = out;
    }

    public static void run(PrintStream out) {
        new CascadeDemo(out).play();
    }

    private void play() {
        out.println("Cascade demo: BTCUSDT perpetual, index 50,000. Three isolated longs of 1 BTC at 50,000:");
        apply(new Deposit(MM, 10_000_000_000_000L));
        apply(new SetLeverage(MM, 10));
        int[] leverage = {70, 59, 50};
        apply(limit(MM, Side.SELL, 500_000, 3_000));
        for (int i = 0; i < 3; i++) {
            long id = i + 1;
            apply(new Deposit(id, 1_100_000_000L));
            apply(new SetMarginMode(id, MarginMode.ISOLATED));
            apply(new SetLeverage(id, leverage[i]));
            apply(new PlaceOrder(id, 0, Side.BUY, OrderType.MARKET, TimeInForce.IOC, 0, 1_000, false));
            out.printf("  trader %d at %dx: liquidation at %s, bankruptcy at %s%n", id, leverage[i],
                    price(market.account(id).liquidationPriceTicks()), price(market.account(id).bankruptcyPriceTicks()));
        }
        apply(limit(MM, Side.BUY, 493_000, 1_000));
        apply(limit(MM, Side.SELL, 493_300, 100));
        for (int i = 0; i < 30; i++) {
            tick(500_000);
        }
        out.println("Market makers hold a thin bid at 49,300. The index steps to 49,400 and stays there.");
        long[] nextBids = {491_600, 490_500, 0};
        for (long bid : nextBids) {
            report(tick(494_000));
            if (bid > 0) {
                apply(limit(MM, Side.BUY, bid, 1_000));
            }
        }
        out.printf("Insurance fund: %s USDT. Deepest generation: %d. The index never moved after the step: "
                + "the book did it.%n", usdt(market.insuranceFundMicros()), market.maxGeneration());
    }

    private void report(List<Event> events) {
        for (Event e : events) {
            if (e instanceof PositionLiquidated l) {
                out.printf("  t=%.1fs mark %s: trader %d liquidated (generation %d, cause: %s); sold %s BTC, "
                        + "fund took %s BTC%n", now / 1e9, price(l.markTicks()), l.accountId(), l.generation(),
                        l.cause().detail(), lots(l.filledLots()), lots(l.takenOverLots()));
            } else if (e instanceof InsuranceFundChanged f) {
                out.printf("      insurance fund %s%s USDT (%s)%n", f.deltaMicros() >= 0 ? "+" : "",
                        usdt(f.deltaMicros()), f.reason());
            }
        }
    }

    private List<Event> tick(long indexTicks) {
        now += 100_000_000L;
        return apply(new IndexTick(now, indexTicks, "index step to " + price(indexTicks)));
    }

    private List<Event> apply(Command c) {
        return market.apply(c);
    }

    private static PlaceOrder limit(long account, Side side, long price, long lots) {
        return new PlaceOrder(account, 0, side, OrderType.LIMIT, TimeInForce.GTC, price, lots, false);
    }

    private static String price(long ticks) {
        return BigDecimal.valueOf(ticks, 1).toPlainString();
    }

    private static String lots(long lots) {
        return BigDecimal.valueOf(lots, 3).toPlainString();
    }

    private static String usdt(long micros) {
        return BigDecimal.valueOf(micros, 6).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
