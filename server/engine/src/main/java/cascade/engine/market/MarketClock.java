package cascade.engine.market;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.IndexTick;
import cascade.engine.event.CauseKind;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.MarkPriceChanged;
import cascade.engine.event.RejectReason;
import cascade.engine.event.TradeKind;
import cascade.engine.event.TradingResumed;
import cascade.engine.risk.MoneyMath;

/**
 * One clock tick, in RULES.md's order: (1) index update; (2) mark recomputed; (3) funding if due;
 * (4) margin service on the new mark; (5) insurance-fund (and house) offload. Bots act after this, in the
 * room, as ordinary commands.
 */
final class MarketClock {
    private final MarketState s;
    private final Funding funding;
    private final MarginService margin;
    private final Trading trading;
    private final AutoDeleverager adl;

    MarketClock(MarketState s, Funding funding, MarginService margin, Trading trading, AutoDeleverager adl) {
        this.s = s;
        this.funding = funding;
        this.margin = margin;
        this.trading = trading;
        this.adl = adl;
    }

    void tick(IndexTick c) {
        if (c.gameTimeNanos() < s.nowNanos) {
            s.out.add(new CommandRejected(0, 0, RejectReason.CLOCK_BACKWARDS,
                    "game time " + c.gameTimeNanos() + " is before " + s.nowNanos));
            return;
        }
        if (c.indexTicks() <= 0) {
            s.out.add(new CommandRejected(0, 0, RejectReason.INPUT_INVALID, "index price must be positive"));
            return;
        }
        boolean wasHalted = s.halted();
        s.nowNanos = c.gameTimeNanos();
        long prevIndex = s.indexTicks;
        s.indexTicks = c.indexTicks();
        if (wasHalted && !s.halted()) {
            s.haltedUntilNanos = 0;
            s.out.add(new TradingResumed(s.nowNanos));
        }

        s.markPrice.sample(s.nowNanos, s.indexTicks, s.book.bestBid(), s.book.bestAsk());
        funding.sample(s.nowNanos);
        long prevMark = s.markTicks;
        s.markTicks = s.markPrice.compute(s.indexTicks, s.lastTicks, s.lastFundingRateE8,
                s.nextFundingNanos - s.nowNanos, s.inst.fundingIntervalNanos());
        s.genealogy.onMarkUpdate(s.indexTicks - prevIndex, c.cause());
        adl.newEpoch();
        if (s.markTicks != prevMark || s.indexTicks != prevIndex) {
            s.out.add(new MarkPriceChanged(s.nowNanos, s.markTicks, s.indexTicks, s.lastTicks > 0 ? s.lastTicks
                    : s.indexTicks, s.markPrice.price1Ticks, s.markPrice.price2Ticks, s.lastFundingRateE8,
                    s.nextFundingNanos));
        }

        if (s.nowNanos >= s.nextFundingNanos) {
            funding.settle();
            long interval = s.inst.fundingIntervalNanos();
            s.nextFundingNanos += ((s.nowNanos - s.nextFundingNanos) / interval + 1) * interval;
            s.genealogy.context = CauseKind.FUNDING;
            s.genealogy.contextDetail = "funding " + s.lastFundingRateE8 + "e-8";
            margin.run();
            s.genealogy.context = null;
        }
        margin.run();
        if (!s.halted()) {
            offload(s.fund);
            offload(s.house);
        }
    }

    /**
     * Works off a system book's inventory: one IOC per tick of at most the configured share of the depth
     * within 1 % of mid on the side it hits, priced no worse than the configured slippage from mark.
     */
    void offload(SystemBook sys) {
        if (sys.positionLots == 0) {
            return;
        }
        boolean sell = sys.positionLots > 0;
        long bid = s.book.bestBid();
        long ask = s.book.bestAsk();
        if (sell ? bid == 0 : ask == 0) {
            return;
        }
        long mid = bid > 0 && ask > 0 ? (bid + ask) / 2 : (sell ? bid : ask);
        long onePct = MoneyMath.mulDivFloor(mid, 1_000_000, 100_000_000L);
        long depth = s.book.depthLots(sell, sell ? mid - onePct : mid + onePct);
        long lots = Math.min(Math.abs(sys.positionLots),
                MoneyMath.mulDivFloor(depth, s.inst.offloadDepthShareE8(), 100_000_000L));
        if (lots <= 0) {
            return;
        }
        long slip = MoneyMath.mulDivFloor(s.markTicks, s.inst.offloadMaxSlippageE8(), 100_000_000L);
        long limit = sell ? Math.max(1, s.markTicks - slip) : s.markTicks + slip;
        trading.beginTrades(TradeKind.OFFLOAD);
        s.book.place(s.nextOrderId++, sys.owner, !sell, limit, lots, TimeInForce.IOC);
        trading.endTrades(sys.owner);
    }
}
