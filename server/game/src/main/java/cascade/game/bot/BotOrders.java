package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Command;
import cascade.engine.command.Side;
import java.util.List;

/**
 * Order construction and the rough pre-checks bots run before sending, so that they do not spam rejections:
 * prices inside the band, and enough available balance for the engine's initial-margin check (RULES.md:
 * notional / leverage + the loss of a buy above / sell below mark + taker fee).
 */
final class BotOrders {
    /** Bots keep limit prices this share of the band inside it (mark moves between decide and the next tick). */
    static final double BAND_USE = 0.96;

    private BotOrders() {
    }

    static PlaceOrder postOnly(long accountId, long clientOrderId, Side side, long priceTicks, long qtyLots) {
        return new PlaceOrder(accountId, clientOrderId, side, OrderType.LIMIT, TimeInForce.POST_ONLY, priceTicks,
                qtyLots, false);
    }

    static PlaceOrder gtc(long accountId, long clientOrderId, Side side, long priceTicks, long qtyLots) {
        return new PlaceOrder(accountId, clientOrderId, side, OrderType.LIMIT, TimeInForce.GTC, priceTicks, qtyLots,
                false);
    }

    /** A marketable limit: takes liquidity up to {@code limitTicks}, the rest is dropped. */
    static PlaceOrder ioc(long accountId, Side side, long limitTicks, long qtyLots, boolean reduceOnly) {
        return new PlaceOrder(accountId, 0, side, OrderType.LIMIT, TimeInForce.IOC, limitTicks, qtyLots, reduceOnly);
    }

    static PlaceOrder market(long accountId, Side side, long qtyLots, boolean reduceOnly) {
        return new PlaceOrder(accountId, 0, side, OrderType.MARKET, TimeInForce.IOC, 0, qtyLots, reduceOnly);
    }

    /**
     * Takes liquidity for {@code qtyLots} on one side: the part that reduces the position goes as a reduce-only
     * order (the engine asks no margin for it), the rest only as far as the available balance covers it.
     * {@code limitTicks} 0 = market order (IOC at the band edge), else an IOC limit. Returns the lots sent. A market
     * order that flips the position sends only the reducing part; callers come back for the rest.
     */
    static long take(List<Command> out, Instrument inst, long accountId, boolean isBuy, long qtyLots,
                     long positionLots, long markTicks, long availableMicros, int leverage, long limitTicks) {
        Side side = isBuy ? Side.BUY : Side.SELL;
        boolean reduces = isBuy ? positionLots < 0 : positionLots > 0;
        long reduce = reduces ? Math.min(qtyLots, Math.abs(positionLots)) : 0;
        if (reduce > 0) {
            out.add(limitTicks == 0 ? market(accountId, side, reduce, true) : ioc(accountId, side, limitTicks, reduce, true));
            if (limitTicks == 0) {
                return reduce; // the rest next time: this market order may empty the book, and then a second is rejected
            }
        }
        long open = qtyLots - reduce;
        if (open > 0) {
            long worst = limitTicks == 0 ? (isBuy ? markTicks + bandTicks(inst, markTicks)
                    : markTicks - bandTicks(inst, markTicks)) : limitTicks;
            open = Math.min(open, affordableLots(inst, isBuy, worst, markTicks, availableMicros, leverage));
            if (open > 0) {
                out.add(limitTicks == 0 ? market(accountId, side, open, false) : ioc(accountId, side, limitTicks, open, false));
            }
        }
        return reduce + Math.max(0, open);
    }

    /** Whether a market order on this side would find anything to take (else the engine rejects it). */
    static boolean canTake(BotContext ctx, boolean isBuy) {
        return (isBuy ? ctx.bestAskTicks() : ctx.bestBidTicks()) != 0;
    }

    /** Half-width of the usable band around {@code markTicks}, in ticks. */
    static long bandTicks(Instrument inst, long markTicks) {
        return (long) (markTicks * (double) inst.priceBandE8() / Instrument.E8 * BAND_USE);
    }

    /** {@code priceTicks} clamped into the usable band around mark. */
    static long clampToBand(Instrument inst, long markTicks, long priceTicks) {
        long band = bandTicks(inst, markTicks);
        return Math.max(Math.max(1, markTicks - band), Math.min(markTicks + band, priceTicks));
    }

    /** {@code bps} basis points of {@code priceTicks}, in ticks (not rounded to a whole tick). */
    static double bpsOf(long priceTicks, double bps) {
        return priceTicks * bps * 1e-4;
    }

    /**
     * Roughly what the engine asks of a new order's available balance: initial margin, the loss of a buy
     * priced above mark (sell below), taker fee.
     */
    static long marginNeed(Instrument inst, boolean isBuy, long priceTicks, long markTicks, long qtyLots,
                           int leverage) {
        long notional = inst.notionalMicros(priceTicks, qtyLots);
        long openLoss = Math.max(0, (isBuy ? priceTicks - markTicks : markTicks - priceTicks) * qtyLots
                * inst.microsPerTickLot());
        return notional / leverage + openLoss + (long) (notional * (double) inst.takerFeeE8() / Instrument.E8) + 1;
    }

    /** Largest quantity (lots) the balance {@code availableMicros} covers for a new order at this price. */
    static long affordableLots(Instrument inst, boolean isBuy, long priceTicks, long markTicks, long availableMicros,
                               int leverage) {
        if (availableMicros <= 0 || priceTicks <= 0) {
            return 0;
        }
        double perLot = marginNeed(inst, isBuy, priceTicks, markTicks, 1000, leverage) / 1000.0;
        return (long) (availableMicros * 0.98 / perLot);
    }
}
