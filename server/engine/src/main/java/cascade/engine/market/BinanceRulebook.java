package cascade.engine.market;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.Side;
import cascade.engine.event.Cause;
import cascade.engine.event.CancelReason;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeKind;
import cascade.engine.risk.MoneyMath;

/**
 * RULES.md "Margin and liquidation", steps 1–5:
 * <ol>
 * <li>cancel the account's open orders; re-check;</li>
 * <li>one IOC for the whole position into the book, limited at the bankruptcy price; the clearance fee
 *     {@code min(rate × filled notional, margin left)} and the margin left after it go to the insurance
 *     fund — the trader ends at zero (the whole wallet in cross mode);</li>
 * <li>the unfilled remainder is taken over by the fund at the bankruptcy price if the fund is positive
 *     and its net position stays within its cap; it offloads later ({@link MarketClock});</li>
 * <li>what the fund cannot take is closed by ADL against ranked profitable opposite positions;</li>
 * <li>with ADL off (or nobody left to deleverage) a house account takes it: socialized loss.</li>
 * </ol>
 */
final class BinanceRulebook implements LiquidationRulebook {
    private final MarketState s;
    private final Trading trading;
    private final AutoDeleverager adl;

    BinanceRulebook(MarketState s, Trading trading, AutoDeleverager adl) {
        this.s = s;
        this.trading = trading;
        this.adl = adl;
    }

    @Override
    public void liquidate(Account a, Cause cause, int generation) {
        trading.cancelAll(a, CancelReason.LIQUIDATION);
        if (!PositionMath.liquidatable(a, s.markTicks, s.inst)) {
            s.reindex(a);
            return;
        }
        long liqId = s.nextLiquidationId++;
        boolean isLong = a.isLong();
        long qty = a.absLots();
        long liqTicks = PositionMath.liquidationTicks(a, s.inst);
        long bankruptcy = PositionMath.bankruptcyTicks(a, s.inst);

        // Step 2: one IOC for the whole position, limited at the bankruptcy price (exempt from the band).
        trading.beginTrades(TradeKind.LIQUIDATION);
        s.book.place(s.nextOrderId++, a.id, !isLong, bankruptcy, qty, TimeInForce.IOC);
        long filled = trading.liqFilledLots;
        long filledNotional = trading.liqFilledNotional;
        long move = trading.moveSinceBegin();
        trading.endTrades(a.id);
        s.genealogy.setGeneration(liqId, generation);
        if (filled > 0) {
            s.genealogy.recordLiquidationMove(liqId, move, s.nowNanos);
        }

        // Step 3: the fund takes over what the book did not, within its capacity.
        long remaining = qty - filled;
        long takenOver = Math.min(remaining, fundCapacityLots(isLong));
        if (takenOver > 0) {
            s.applyFill(a, !isLong, bankruptcy, takenOver, 0, true);
            s.systemFill(s.fund, isLong, bankruptcy, takenOver, liqId);
            remaining -= takenOver;
        }
        // Step 4: ADL against ranked profitable opposite positions.
        long adlLots = 0;
        if (remaining > 0 && s.inst.adlEnabled()) {
            adlLots = adl.deleverage(a, remaining, bankruptcy, liqId, !s.inst.socializedLossEnabled());
            remaining -= adlLots;
        }
        // Step 5: socialized loss — the house takes the rest at the bankruptcy price and works it off.
        long socialized = remaining;
        if (socialized > 0) {
            s.applyFill(a, !isLong, bankruptcy, socialized, 0, true);
            s.systemFill(s.house, isLong, bankruptcy, socialized, liqId);
        }

        // Settle: the margin left pays the clearance fee, the rest is surplus; both go to the fund.
        long left = a.collateralMicros();
        long fee = Math.min(MoneyMath.mulDivCeil(filledNotional, s.inst.clearanceFeeE8(), 100_000_000L),
                Math.max(0, left));
        long surplus = Math.max(0, left) - fee;
        a.addCollateral(-left);
        a.liquidations++;
        s.liquidationCount++;
        s.fundChange(fee, FundChangeReason.CLEARANCE_FEE, liqId);
        s.fundChange(surplus, FundChangeReason.LIQUIDATION_SURPLUS, liqId);
        if (left < 0) {
            s.fundChange(left, FundChangeReason.NEGATIVE_BALANCE_COVER, liqId);
        }
        s.touch(a);
        long episode = s.genealogy.episodeAt(s.nowNanos, s.inst.episodeGapNanos());
        s.out.add(new PositionLiquidated(liqId, a.id, isLong ? Side.BUY : Side.SELL, qty, s.markTicks, liqTicks,
                bankruptcy, filled, filledNotional, fee, surplus, takenOver, adlLots, socialized, cause, generation,
                episode, s.nowNanos));
    }

    /**
     * Lots of a {@code isLong} position the fund may take over: only while its balance is positive, and so
     * that its net position after the takeover stays within {@code fundMaxNetNotional × balance} at mark.
     */
    long fundCapacityLots(boolean isLong) {
        if (s.fund.balanceMicros <= 0) {
            return 0;
        }
        long capMicros = MoneyMath.mulDivFloor(s.fund.balanceMicros, s.inst.fundMaxNetNotionalE8(), 100_000_000L);
        long capLots = capMicros / Math.multiplyExact(s.markTicks, s.m());
        long held = s.fund.positionLots; // the fund buys a long's position (+), sells a short's (−)
        long sameSide = isLong ? held : -held;
        // Holding the other side, the takeover first nets it down: either way the room is cap − sameSide.
        return Math.max(0, capLots - sameSide);
    }
}
