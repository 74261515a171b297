package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.book.BookListener;
import cascade.engine.book.OrderBook;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;
import cascade.engine.event.BookDelta;
import cascade.engine.event.CancelReason;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.OrderAccepted;
import cascade.engine.event.OrderAmended;
import cascade.engine.event.OrderCanceled;
import cascade.engine.event.RejectReason;
import cascade.engine.event.TradeExecuted;
import cascade.engine.event.TradeKind;
import cascade.engine.risk.Bracket;
import cascade.engine.risk.MoneyMath;

/**
 * Order entry (pre-trade checks, price band, reduce-only) and the book's callbacks (fills into positions,
 * fees, margin release, book deltas). Liquidation and offload orders reuse the callbacks with their own
 * {@link TradeKind}: no taker fee, realized PnL kept in the liquidated position's collateral.
 */
final class Trading implements BookListener {
    MarketState s;

    private TradeKind kind = TradeKind.NORMAL;
    private long lastBefore;
    long liqFilledLots;
    long liqFilledNotional;

    // ---------------------------------------------------------------- commands

    void place(PlaceOrder c) {
        Account a = s.accounts.get(c.accountId());
        RejectReason r = validate(c, a);
        if (r != null) {
            reject(c.accountId(), c.clientOrderId(), r, describe(r, c));
            return;
        }
        boolean isBuy = c.side().isBuy();
        long price = c.type() == OrderType.MARKET ? bandEdge(isBuy) : c.priceTicks();
        long qty = c.qtyLots();
        if (c.reduceOnly()) {
            qty = Math.min(qty, a.absLots() - reduceOnlyOpen(a, c.side()));
            if (qty <= 0) {
                reject(a.id, c.clientOrderId(), RejectReason.RISK_REDUCE_ONLY_WOULD_INCREASE,
                        "reduce-only orders already cover the position");
                return;
            }
        } else {
            long marginPrice = c.type() == OrderType.MARKET ? worstFillPrice(isBuy, qty, price) : price;
            RejectReason risk = preTrade(a, isBuy, marginPrice, qty);
            if (risk != null) {
                reject(a.id, c.clientOrderId(), risk, describe(risk, c));
                return;
            }
        }
        long orderId = s.nextOrderId++;
        s.out.add(new OrderAccepted(orderId, a.id, c.clientOrderId(), c.side(), c.type(), c.tif(), price, qty,
                c.reduceOnly()));
        submit(a, orderId, c.clientOrderId(), c.side(), price, qty, c.tif(), c.reduceOnly());
    }

    private void submit(Account a, long orderId, long clientOrderId, Side side, long price, long qty,
                        TimeInForce tif, boolean reduceOnly) {
        boolean isBuy = side.isBuy();
        beginTrades(TradeKind.NORMAL);
        int rc = s.book.place(orderId, a.id, isBuy, price, qty, tif);
        long filled = s.book.lastFilledLots();
        long rested = s.book.lastRestedLots();
        endTrades(a.id);
        if (rc == OrderBook.FOK_NOT_FILLABLE) {
            s.out.add(new OrderCanceled(orderId, a.id, qty, CancelReason.IOC_REMAINDER));
            return;
        }
        if (rested > 0) {
            long margin = reduceOnly ? 0 : s.orderMargin(isBuy, price, rested, a.leverage);
            s.orders.put(orderId, new OrderInfo(orderId, a.id, clientOrderId, side, reduceOnly, a.leverage, margin));
            a.openOrders.add(orderId);
            if (reduceOnly) {
                a.reduceOnlyOrders++;
            }
            a.orderMarginMicros += margin;
            if (!reduceOnly) {
                if (isBuy) {
                    a.openBuyLots += rested;
                } else {
                    a.openSellLots += rested;
                }
            }
        }
        long dropped = qty - filled - rested;
        if (dropped > 0) {
            s.out.add(new OrderCanceled(orderId, a.id, dropped, CancelReason.IOC_REMAINDER));
        }
        s.touch(a);
    }

    void cancel(CancelOrder c) {
        OrderInfo o = s.orders.get(c.orderId());
        if (o == null || o.accountId != c.accountId()) {
            reject(c.accountId(), 0, RejectReason.ORDER_UNKNOWN, "no live order " + c.orderId() + " of this account");
            return;
        }
        cancelOrder(o, CancelReason.USER);
    }

    void amend(AmendOrder c) {
        OrderInfo o = s.orders.get(c.orderId());
        if (o == null || o.accountId != c.accountId()) {
            reject(c.accountId(), 0, RejectReason.ORDER_UNKNOWN, "no live order " + c.orderId() + " of this account");
            return;
        }
        if (s.halted()) {
            reject(c.accountId(), o.clientOrderId, RejectReason.MARKET_HALTED, "trading is halted");
            return;
        }
        if (c.newQtyLots() <= 0) {
            reject(c.accountId(), o.clientOrderId, RejectReason.ORDER_INVALID_QUANTITY, "quantity must be positive");
            return;
        }
        if (c.newPriceTicks() <= 0 || outsideBand(c.newPriceTicks())) {
            reject(c.accountId(), o.clientOrderId, c.newPriceTicks() <= 0 ? RejectReason.ORDER_INVALID_PRICE
                    : RejectReason.BOOK_PRICE_BAND, "price outside the band around mark");
            return;
        }
        Account a = s.accounts.get(o.accountId);
        long remaining = s.book.remainingOf(o.orderId);
        long oldPrice = s.book.priceOf(o.orderId);
        boolean keeps = c.newPriceTicks() == oldPrice && c.newQtyLots() < remaining;
        if (!keeps && !o.reduceOnly) {
            long freed = o.marginMicros;
            a.orderMarginMicros -= freed;
            long need = s.orderMargin(o.side.isBuy(), c.newPriceTicks(), c.newQtyLots(), a.leverage);
            boolean ok = s.availableMicros(a) >= need;
            a.orderMarginMicros += freed;
            if (!ok) {
                reject(a.id, o.clientOrderId, RejectReason.RISK_INSUFFICIENT_MARGIN, "not enough margin for the amended order");
                return;
            }
        }
        // Take the order out of our books, amend in the book, then re-register what rests.
        release(a, o, remaining);
        forget(a, o);
        beginTrades(TradeKind.NORMAL);
        s.book.amend(o.orderId, c.newPriceTicks(), c.newQtyLots());
        endTrades(a.id);
        s.out.add(new OrderAmended(o.orderId, a.id, c.newPriceTicks(), c.newQtyLots(), keeps));
        if (s.book.isLive(o.orderId)) {
            long rested = s.book.remainingOf(o.orderId);
            long margin = o.reduceOnly ? 0 : s.orderMargin(o.side.isBuy(), c.newPriceTicks(), rested, a.leverage);
            OrderInfo n = new OrderInfo(o.orderId, a.id, o.clientOrderId, o.side, o.reduceOnly, a.leverage, margin);
            s.orders.put(n.orderId, n);
            a.openOrders.add(n.orderId);
            if (n.reduceOnly) {
                a.reduceOnlyOrders++;
            }
            a.orderMarginMicros += margin;
            if (!o.reduceOnly) {
                if (o.side.isBuy()) {
                    a.openBuyLots += rested;
                } else {
                    a.openSellLots += rested;
                }
            }
        }
        s.touch(a);
    }

    /** Cancels every open order of the account, lowest id first. */
    void cancelAll(Account a, CancelReason reason) {
        for (long id : a.openOrders.sortedCopy()) {
            cancelOrder(s.orders.get(id), reason);
        }
    }

    void cancelOrder(OrderInfo o, CancelReason reason) {
        Account a = s.accounts.get(o.accountId);
        long lots = s.book.cancel(o.orderId);
        release(a, o, lots);
        forget(a, o);
        s.out.add(new OrderCanceled(o.orderId, a.id, lots, reason));
        s.touch(a);
    }

    /** Drops a no-longer-resting order from the engine's books. */
    private void forget(Account a, OrderInfo o) {
        s.orders.remove(o.orderId);
        a.openOrders.remove(o.orderId);
        if (o.reduceOnly) {
            a.reduceOnlyOrders--;
        }
    }

    private void release(Account a, OrderInfo o, long lots) {
        a.orderMarginMicros -= o.marginMicros;
        o.marginMicros = 0;
        if (!o.reduceOnly) {
            if (o.side.isBuy()) {
                a.openBuyLots -= lots;
            } else {
                a.openSellLots -= lots;
            }
        }
    }

    // ---------------------------------------------------------------- checks

    private RejectReason validate(PlaceOrder c, Account a) {
        if (a == null) {
            return RejectReason.ACCOUNT_UNKNOWN;
        }
        if (c.side() == null || c.type() == null || c.tif() == null) {
            return RejectReason.INPUT_INVALID;
        }
        if (s.halted()) {
            return RejectReason.MARKET_HALTED;
        }
        if (c.qtyLots() <= 0) {
            return RejectReason.ORDER_INVALID_QUANTITY;
        }
        if (c.type() == OrderType.MARKET) {
            if (c.tif() != TimeInForce.IOC && c.tif() != TimeInForce.FOK) {
                return RejectReason.ORDER_INVALID_TIME_IN_FORCE;
            }
            long opposite = c.side().isBuy() ? s.book.bestAsk() : s.book.bestBid();
            if (opposite == 0) {
                return RejectReason.BOOK_NO_LIQUIDITY;
            }
        } else {
            if (c.priceTicks() <= 0) {
                return RejectReason.ORDER_INVALID_PRICE;
            }
            if (outsideBand(c.priceTicks())) {
                return RejectReason.BOOK_PRICE_BAND;
            }
            if (c.tif() == TimeInForce.POST_ONLY) {
                long opposite = c.side().isBuy() ? s.book.bestAsk() : s.book.bestBid();
                if (opposite != 0 && (c.side().isBuy() ? c.priceTicks() >= opposite : c.priceTicks() <= opposite)) {
                    return RejectReason.BOOK_POST_ONLY_WOULD_CROSS;
                }
            }
        }
        if (c.reduceOnly()) {
            if (a.positionLots == 0) {
                return RejectReason.RISK_NO_POSITION;
            }
            if (a.isLong() == c.side().isBuy()) {
                return RejectReason.RISK_REDUCE_ONLY_WOULD_INCREASE;
            }
        }
        return null;
    }

    /**
     * Leverage within the bracket of the worst-case exposure (position plus every open order on this side
     * plus this one), the position limit, and enough available balance for the order's initial margin and
     * taker fee.
     */
    private RejectReason preTrade(Account a, boolean isBuy, long price, long qty) {
        long worst = isBuy ? a.positionLots + a.openBuyLots + qty : a.positionLots - a.openSellLots - qty;
        long exposure = s.inst.notionalMicros(Math.max(price, s.markTicks), Math.abs(worst));
        if (exposure > s.inst.brackets().positionLimitMicros()) {
            return RejectReason.RISK_POSITION_LIMIT;
        }
        Bracket b = s.inst.brackets().forNotional(exposure);
        if (a.leverage > b.maxLeverage()) {
            return RejectReason.RISK_LEVERAGE_EXCEEDS_BRACKET;
        }
        long need = s.orderMargin(isBuy, price, qty, a.leverage)
                + MoneyMath.mulDivCeil(s.inst.notionalMicros(price, qty), s.inst.takerFeeE8(), Instrument.E8);
        return s.availableMicros(a) >= need ? null : RejectReason.RISK_INSUFFICIENT_MARGIN;
    }

    /**
     * The worst price a market order of {@code qty} would reach walking the opposite side (capped at the band
     * edge): margin and open loss are charged at it, as a venue charges a market order at its expected cost.
     */
    private long worstFillPrice(boolean isBuy, long qty, long bandEdge) {
        long[] state = {qty, isBuy ? s.book.bestAsk() : s.book.bestBid()};
        s.book.forEachLevel(!isBuy, (price, lots) -> {
            if (isBuy ? price > bandEdge : price < bandEdge) {
                return false;
            }
            state[1] = price;
            state[0] -= lots;
            return state[0] > 0;
        });
        return state[1];
    }

    private long reduceOnlyOpen(Account a, Side side) {
        long lots = 0;
        for (int i = 0; i < a.openOrders.size(); i++) {
            OrderInfo o = s.orders.get(a.openOrders.get(i));
            if (o.reduceOnly && o.side == side) {
                lots += s.book.remainingOf(o.orderId);
            }
        }
        return lots;
    }

    boolean outsideBand(long priceTicks) {
        long band = MoneyMath.mulDivFloor(s.markTicks, s.inst.priceBandE8(), Instrument.E8);
        return Math.abs(priceTicks - s.markTicks) > band;
    }

    /** A market order is an IOC limited at the band's edge (price protection). */
    long bandEdge(boolean isBuy) {
        long band = MoneyMath.mulDivFloor(s.markTicks, s.inst.priceBandE8(), Instrument.E8);
        return isBuy ? s.markTicks + band : Math.max(1, s.markTicks - band);
    }

    private void reject(long accountId, long clientOrderId, RejectReason r, String detail) {
        s.out.add(new CommandRejected(accountId, clientOrderId, r, detail));
    }

    private String describe(RejectReason r, PlaceOrder c) {
        return switch (r) {
            case ACCOUNT_UNKNOWN -> "account " + c.accountId() + " has no collateral yet";
            case BOOK_PRICE_BAND -> "limit price more than the price band away from mark " + java.math.BigDecimal
                    .valueOf(s.markTicks).divide(java.math.BigDecimal.valueOf(s.inst.ticksPerUnit()), 8,
                            java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " USDT";
            case RISK_INSUFFICIENT_MARGIN -> "available balance does not cover initial margin and fee";
            case RISK_LEVERAGE_EXCEEDS_BRACKET -> "leverage " + (s.accounts.containsKey(c.accountId())
                    ? s.accounts.get(c.accountId()).leverage : 0) + "x exceeds the bracket's maximum for this size";
            default -> r.name();
        };
    }

    // ---------------------------------------------------------------- book callbacks

    void beginTrades(TradeKind k) {
        kind = k;
        lastBefore = s.lastTicks;
        liqFilledLots = 0;
        liqFilledNotional = 0;
    }

    /** Records the last-price move of a trader's order for genealogy. */
    void endTrades(long takerAccount) {
        if (kind == TradeKind.NORMAL && s.lastTicks != lastBefore && lastBefore != 0) {
            s.genealogy.recordTradeMove(takerAccount, s.lastTicks - lastBefore);
        }
        kind = TradeKind.NORMAL;
    }

    long moveSinceBegin() {
        return lastBefore == 0 ? 0 : s.lastTicks - lastBefore;
    }

    @Override
    public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner, boolean takerIsBuy,
                        long priceTicks, long qtyLots, long makerRemainingLots) {
        long notional = s.inst.notionalMicros(priceTicks, qtyLots);
        long makerFee = fee(notional, s.inst.makerFeeE8());
        long takerFee = kind == TradeKind.NORMAL ? fee(notional, s.inst.takerFeeE8()) : 0;
        Account maker = s.accounts.get(makerOwner);
        s.applyFill(maker, !takerIsBuy, priceTicks, qtyLots, makerFee, false);
        OrderInfo mo = s.orders.get(makerOrderId);
        long before = mo.marginMicros;
        mo.marginMicros = makerRemainingLots == 0 ? 0
                : MoneyMath.mulDivCeil(before, makerRemainingLots, makerRemainingLots + qtyLots);
        maker.orderMarginMicros -= before - mo.marginMicros;
        if (!mo.reduceOnly) {
            if (mo.side.isBuy()) {
                maker.openBuyLots -= qtyLots;
            } else {
                maker.openSellLots -= qtyLots;
            }
        }
        if (makerRemainingLots == 0) {
            forget(maker, mo);
        }
        if (takerOwner == SystemBook.FUND_OWNER || takerOwner == SystemBook.HOUSE_OWNER) {
            s.systemFill(takerOwner == SystemBook.FUND_OWNER ? s.fund : s.house, takerIsBuy, priceTicks, qtyLots, 0);
        } else {
            Account taker = s.accounts.get(takerOwner);
            s.applyFill(taker, takerIsBuy, priceTicks, qtyLots, takerFee, kind == TradeKind.LIQUIDATION);
        }
        if (kind == TradeKind.LIQUIDATION) {
            liqFilledLots += qtyLots;
            liqFilledNotional += notional;
        }
        s.lastTicks = priceTicks;
        s.out.add(new TradeExecuted(s.nextTradeId++, takerOrderId, takerOwner, makerOrderId, makerOwner,
                takerIsBuy ? Side.BUY : Side.SELL, priceTicks, qtyLots, takerFee, makerFee, kind, s.nowNanos));
    }

    /** Fee at a rate: charges round up; a negative rate (rebate) pays out rounded down. */
    private static long fee(long notional, long rateE8) {
        return rateE8 >= 0 ? MoneyMath.mulDivCeil(notional, rateE8, Instrument.E8)
                : -MoneyMath.mulDivFloor(notional, -rateE8, Instrument.E8);
    }

    @Override
    public void onSelfTradeCancel(long makerOrderId, long makerOwner, long canceledLots) {
        OrderInfo o = s.orders.get(makerOrderId);
        Account a = s.accounts.get(makerOwner);
        release(a, o, canceledLots);
        forget(a, o);
        s.out.add(new OrderCanceled(makerOrderId, makerOwner, canceledLots, CancelReason.SELF_TRADE));
        s.touch(a);
    }

    @Override
    public void onLevelChange(boolean isBid, long priceTicks, long newTotalLots) {
        s.out.add(new BookDelta(++s.bookSeq, isBid, priceTicks, newTotalLots));
    }
}
