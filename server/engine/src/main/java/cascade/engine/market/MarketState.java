package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.book.OrderBook;
import cascade.engine.command.MarginMode;
import cascade.engine.event.AccountUpdated;
import cascade.engine.event.Event;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.InsuranceFundChanged;
import cascade.engine.event.MarginCallIssued;
import cascade.engine.event.SocializedLossRecorded;
import cascade.engine.risk.MoneyMath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a market is, shared by the collaborators of {@link Market} (single writer, package-private).
 * Determinism: maps are for lookup only; iteration goes through {@link #accountList} (creation order) or
 * the book (price-time order).
 */
final class MarketState {
    static final long MARGIN_CALL_RATIO_E8 = 80_000_000L;

    final Instrument baseInstrument;
    Instrument inst;
    int maxLeverageCap;
    long mmrMultiplierE8 = Instrument.E8;

    final OrderBook book;
    final Map<Long, Account> accounts = new HashMap<>();
    final List<Account> accountList = new ArrayList<>();
    final Map<Long, OrderInfo> orders = new HashMap<>();
    final LiquidationIndex index = new LiquidationIndex();
    final SystemBook fund;
    final SystemBook house = new SystemBook(SystemBook.HOUSE_OWNER, 0);
    final MarkPrice markPrice;
    final Genealogy genealogy = new Genealogy();

    long feeAccountMicros;
    long depositsMicros;
    long nowNanos;
    long indexTicks;
    long markTicks;
    long lastTicks;
    long lastFundingRateE8;
    long nextFundingNanos;
    long haltedUntilNanos;
    long nextOrderId = 1;
    long nextTradeId = 1;
    long nextLiquidationId = 1;
    long bookSeq;
    long liquidationCount;

    /** Output of the command being applied. */
    List<Event> out = new ArrayList<>();
    private final List<Account> touched = new ArrayList<>();
    private final List<Account> stale = new ArrayList<>();
    private long touchEpoch = 1;

    MarketState(Instrument inst, long initialIndexTicks, Trading trading) {
        this.baseInstrument = inst;
        this.inst = inst;
        this.book = new OrderBook(trading);
        this.fund = new SystemBook(SystemBook.FUND_OWNER, inst.insuranceSeedMicros());
        this.depositsMicros = inst.insuranceSeedMicros();
        this.markPrice = new MarkPrice(inst.markBasisSamples());
        this.indexTicks = initialIndexTicks;
        this.markTicks = initialIndexTicks;
        this.nextFundingNanos = inst.fundingIntervalNanos();
        this.genealogy.windowNanos = inst.markBasisSamples() * Instrument.NANOS_PER_SECOND;
    }

    long m() {
        return inst.microsPerTickLot();
    }

    boolean halted() {
        return nowNanos < haltedUntilNanos;
    }

    /** Marks an account changed by the current command: re-indexed and reported once at the end. */
    void touch(Account a) {
        if (a.touchedEpoch != touchEpoch) {
            a.touchedEpoch = touchEpoch;
            touched.add(a);
        }
        if (!a.stale) {
            a.stale = true;
            stale.add(a);
        }
    }

    /** Re-computes liquidation ticks of changed accounts and refiles them in the index. */
    void reindexStale() {
        for (int i = 0; i < stale.size(); i++) {
            Account a = stale.get(i);
            a.stale = false;
            reindex(a);
        }
        stale.clear();
    }

    void reindex(Account a) {
        a.liquidationTicks = PositionMath.liquidationTicks(a, inst);
        index.update(a);
        long ratio = marginRatioE8(a);
        if (ratio >= MARGIN_CALL_RATIO_E8 && !a.marginCalled && a.positionLots != 0) {
            a.marginCalled = true;
            out.add(new MarginCallIssued(a.id, ratio));
        } else if (ratio < MARGIN_CALL_RATIO_E8) {
            a.marginCalled = false;
        }
    }

    /** Maintenance / margin balance in parts per 10^8 (0 without a position; 10^10 when the balance ≤ 0). */
    long marginRatioE8(Account a) {
        if (a.positionLots == 0) {
            return 0;
        }
        long mb = PositionMath.marginBalance(a, markTicks, m());
        long mm = PositionMath.maintenance(a, markTicks, inst);
        return mb <= 0 ? 100 * Instrument.E8 : MoneyMath.mulDivCeil(mm, Instrument.E8, mb);
    }

    /** Emits AccountUpdated for every account the command touched, in first-touch order, and resets. */
    void flushTouched() {
        for (Account a : touched) {
            out.add(new AccountUpdated(a.id, a.walletMicros, a.isolatedMarginMicros, a.positionLots,
                    a.entryNotionalMicros, a.orderMarginMicros, a.leverage, a.mode, a.liquidationTicks,
                    PositionMath.bankruptcyTicks(a, inst), a.liquidations > 0 && a.positionLots == 0
                            && a.walletMicros == 0 && a.isolatedMarginMicros == 0));
        }
        touched.clear();
        touchEpoch++;
    }

    /**
     * Applies one fill to a trader. Closing lots realize PnL against the pro-rata cost basis; opening lots
     * add to it. ISOLATED: opening moves ceil(notional / leverage) from the wallet into the position's margin;
     * closing releases margin pro rata to the wallet, with realized PnL — unless {@code keepInCollateral}
     * (a liquidation), where both stay in the isolated margin so the waterfall can settle it.
     */
    void applyFill(Account a, boolean isBuy, long priceTicks, long qtyLots, long feeMicros, boolean keepInCollateral) {
        long m = m();
        long pos = a.positionLots;
        long closeLots = pos > 0 && !isBuy ? Math.min(qtyLots, pos) : pos < 0 && isBuy ? Math.min(qtyLots, -pos) : 0;
        if (closeLots > 0) {
            long abs = Math.abs(pos);
            long removed = closeLots == abs ? a.entryNotionalMicros
                    : MoneyMath.mulDivFloor(a.entryNotionalMicros, closeLots, abs);
            long value = Math.multiplyExact(Math.multiplyExact(priceTicks, closeLots), m);
            long realized = pos > 0 ? value - removed : removed - value;
            a.entryNotionalMicros -= removed;
            a.positionLots += isBuy ? closeLots : -closeLots;
            a.realizedPnlMicros += realized;
            if (a.mode == MarginMode.ISOLATED && !keepInCollateral) {
                long release = a.positionLots == 0 ? a.isolatedMarginMicros
                        : MoneyMath.mulDivFloor(a.isolatedMarginMicros, closeLots, abs);
                a.isolatedMarginMicros -= release;
                a.walletMicros += release + realized;
            } else {
                a.addCollateral(realized);
            }
        }
        long openLots = qtyLots - closeLots;
        if (openLots > 0) {
            long value = Math.multiplyExact(Math.multiplyExact(priceTicks, openLots), m);
            a.entryNotionalMicros += value;
            a.positionLots += isBuy ? openLots : -openLots;
            if (a.mode == MarginMode.ISOLATED) {
                long im = MoneyMath.ceilDiv(value, a.leverage);
                a.walletMicros -= im;
                a.isolatedMarginMicros += im;
            }
        }
        if (feeMicros != 0) {
            a.walletMicros -= feeMicros;
            a.feesPaidMicros += feeMicros;
            feeAccountMicros += feeMicros;
        }
        touch(a);
    }

    /** Initial margin of an order: notional / leverage plus the open loss against mark (as Binance). */
    long orderMargin(boolean isBuy, long priceTicks, long qtyLots, int leverage) {
        long notional = inst.notionalMicros(priceTicks, qtyLots);
        long openLoss = Math.max(0, Math.multiplyExact(Math.multiplyExact(qtyLots,
                isBuy ? priceTicks - markTicks : markTicks - priceTicks), m()));
        return MoneyMath.ceilDiv(notional, leverage) + openLoss;
    }

    /**
     * What the account may still commit: CROSS: wallet + unrealized PnL − position initial margin − order
     * margin; ISOLATED: wallet − order margin (the position's margin already left the wallet).
     */
    long availableMicros(Account a) {
        if (a.mode == MarginMode.ISOLATED) {
            return a.walletMicros - a.orderMarginMicros;
        }
        long upnl = PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, markTicks, m());
        long positionIm = a.positionLots == 0 ? 0
                : MoneyMath.ceilDiv(inst.notionalMicros(markTicks, a.absLots()), a.leverage);
        return a.walletMicros + upnl - positionIm - a.orderMarginMicros;
    }

    void fundChange(long deltaMicros, FundChangeReason reason, long liquidationId) {
        if (deltaMicros == 0) {
            return;
        }
        fund.balanceMicros += deltaMicros;
        out.add(new InsuranceFundChanged(fund.balanceMicros, deltaMicros, reason, liquidationId));
        if (fund.balanceMicros < 0) {
            long deficit = -fund.balanceMicros;
            fund.balanceMicros = 0;
            out.add(new InsuranceFundChanged(0, deficit, FundChangeReason.DEFICIT_TO_SOCIALIZED, liquidationId));
            socialize(deficit, liquidationId);
        }
    }

    /** A fill of the fund or the house; realized PnL is booked with its event (and the fund's deficit rule). */
    void systemFill(SystemBook sys, boolean isBuy, long priceTicks, long lots, long liquidationId) {
        long realized = sys.applyFill(isBuy, priceTicks, lots, m());
        if (realized == 0) {
            return;
        }
        sys.balanceMicros -= realized;
        if (sys == fund) {
            fundChange(realized, FundChangeReason.OFFLOAD_PNL, liquidationId);
        } else if (realized < 0) {
            socialize(-realized, liquidationId);
        } else {
            house.balanceMicros += realized;
        }
    }

    void socialize(long lossMicros, long liquidationId) {
        house.balanceMicros -= lossMicros;
        out.add(new SocializedLossRecorded(liquidationId, lossMicros, socializedLossMicros()));
    }

    /** The system deficit nobody could absorb (house balance below zero). */
    long socializedLossMicros() {
        return Math.max(0, -house.balanceMicros);
    }

    /**
     * No trader is left negative: a flat account's negative wallet, or an isolated account's negative wallet,
     * is covered by the insurance fund (then socialized loss). A cross account with a position and a
     * negative wallet is left to the margin service.
     */
    void coverNegativeBalances(List<Account> candidates) {
        for (Account a : candidates) {
            if (a.walletMicros < 0 && (a.positionLots == 0 || a.mode == MarginMode.ISOLATED)) {
                long deficit = -a.walletMicros;
                a.walletMicros = 0;
                touch(a);
                fundChange(-deficit, FundChangeReason.NEGATIVE_BALANCE_COVER, 0);
            }
        }
    }

    List<Account> touchedSoFar() {
        return touched;
    }
}
