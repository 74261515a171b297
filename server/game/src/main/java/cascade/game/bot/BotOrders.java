package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;

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
