package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.AdjustInsuranceFund;
import cascade.engine.command.AdjustIsolatedMargin;
import cascade.engine.command.ChangeRiskRules;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Deposit;
import cascade.engine.command.HaltTrading;
import cascade.engine.command.MarginMode;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.ResetAccount;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.Side;
import cascade.engine.command.Withdraw;
import cascade.engine.event.CancelReason;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.RejectReason;
import cascade.engine.event.RiskRulesChanged;
import cascade.engine.event.TradingHalted;
import cascade.engine.event.TradingResumed;
import cascade.engine.risk.BracketTable;
import cascade.engine.risk.MoneyMath;
import java.util.List;

/** Collateral, leverage, margin mode and instructor commands. Every refusal is an event; state untouched. */
final class AccountCommands {
    private final Market market;
    private final MarketState s;

    AccountCommands(Market market) {
        this.market = market;
        this.s = market.s;
    }

    void deposit(Deposit c) {
        if (c.amountMicros() <= 0) {
            reject(c.accountId(), RejectReason.INPUT_INVALID, "deposit must be positive");
            return;
        }
        Account a = s.accounts.get(c.accountId());
        if (a == null) {
            a = new Account(c.accountId());
            s.accounts.put(a.id, a);
            s.accountList.add(a);
        }
        a.walletMicros = Math.addExact(a.walletMicros, c.amountMicros());
        s.depositsMicros += c.amountMicros();
        s.touch(a);
    }

    void withdraw(Withdraw c) {
        Account a = s.accounts.get(c.accountId());
        if (a == null) {
            reject(c.accountId(), RejectReason.ACCOUNT_UNKNOWN, "no such account");
        } else if (c.amountMicros() <= 0) {
            reject(c.accountId(), RejectReason.INPUT_INVALID, "withdrawal must be positive");
        } else if (c.amountMicros() > Math.min(a.walletMicros, s.availableMicros(a))) {
            reject(c.accountId(), RejectReason.ACCOUNT_INSUFFICIENT_BALANCE, "more than the available balance");
        } else {
            a.walletMicros -= c.amountMicros();
            s.depositsMicros -= c.amountMicros();
            s.touch(a);
        }
    }

    /** Instructor reset: orders cancelled, any position handed to the insurance fund at mark, wallet set. */
    void reset(ResetAccount c) {
        Account a = s.accounts.get(c.accountId());
        if (c.walletMicros() < 0) {
            reject(c.accountId(), RejectReason.INPUT_INVALID, "wallet must not be negative");
            return;
        }
        if (a == null) {
            a = new Account(c.accountId());
            s.accounts.put(a.id, a);
            s.accountList.add(a);
        }
        market.trading.cancelAll(a, CancelReason.RESET);
        if (a.positionLots != 0) {
            boolean isLong = a.isLong();
            long lots = a.absLots();
            s.applyFill(a, !isLong, s.markTicks, lots, 0, false);
            s.systemFill(s.fund, isLong, s.markTicks, lots, 0);
        }
        long before = a.walletMicros + a.isolatedMarginMicros;
        a.walletMicros = c.walletMicros();
        a.isolatedMarginMicros = 0;
        s.depositsMicros += c.walletMicros() - before;
        s.touch(a);
    }

    void setLeverage(SetLeverage c) {
        Account a = s.accounts.get(c.accountId());
        if (a == null) {
            reject(c.accountId(), RejectReason.ACCOUNT_UNKNOWN, "no such account");
            return;
        }
        long exposureLots = Math.max(Math.abs(a.positionLots + a.openBuyLots), Math.abs(a.positionLots - a.openSellLots));
        int max = s.inst.brackets().forNotional(s.inst.notionalMicros(s.markTicks, exposureLots)).maxLeverage();
        if (c.leverage() < 1 || c.leverage() > max) {
            reject(a.id, RejectReason.RISK_LEVERAGE_EXCEEDS_BRACKET,
                    "leverage must be between 1 and " + max + " for the current exposure");
            return;
        }
        a.leverage = c.leverage();
        s.touch(a);
    }

    void setMarginMode(SetMarginMode c) {
        Account a = s.accounts.get(c.accountId());
        if (a == null) {
            reject(c.accountId(), RejectReason.ACCOUNT_UNKNOWN, "no such account");
        } else if (c.mode() == null) {
            reject(c.accountId(), RejectReason.INPUT_INVALID, "margin mode is required");
        } else if (a.positionLots != 0 || a.openOrders.size() > 0) {
            reject(a.id, RejectReason.RISK_MARGIN_MODE_LOCKED, "close the position and cancel orders first");
        } else {
            a.walletMicros += a.isolatedMarginMicros;
            a.isolatedMarginMicros = 0;
            a.mode = c.mode();
            s.touch(a);
        }
    }

    void adjustIsolatedMargin(AdjustIsolatedMargin c) {
        Account a = s.accounts.get(c.accountId());
        if (a == null) {
            reject(c.accountId(), RejectReason.ACCOUNT_UNKNOWN, "no such account");
            return;
        }
        if (a.mode != MarginMode.ISOLATED) {
            reject(a.id, RejectReason.RISK_NOT_ISOLATED, "the account is in cross margin mode");
            return;
        }
        if (a.positionLots == 0) {
            reject(a.id, RejectReason.RISK_NO_POSITION, "no isolated position");
            return;
        }
        long d = c.deltaMicros();
        if (d == 0) {
            reject(a.id, RejectReason.INPUT_INVALID, "amount must not be zero");
        } else if (d > 0 && d > s.availableMicros(a)) {
            reject(a.id, RejectReason.ACCOUNT_INSUFFICIENT_BALANCE, "more than the available balance");
        } else if (d < 0 && a.isolatedMarginMicros + d < minIsolatedMargin(a)) {
            reject(a.id, RejectReason.RISK_ISOLATED_MARGIN_TOO_LOW, "the position needs its initial margin");
        } else {
            a.isolatedMarginMicros += d;
            a.walletMicros -= d;
            s.touch(a);
        }
    }

    /** Margin an isolated position must keep: its initial margin at mark, less unrealized profit (never below maintenance). */
    private long minIsolatedMargin(Account a) {
        long notional = s.inst.notionalMicros(s.markTicks, a.absLots());
        long upnl = PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, s.markTicks, s.m());
        long im = MoneyMath.ceilDiv(notional, a.leverage) - Math.max(0, upnl);
        long mm = PositionMath.maintenance(a, s.markTicks, s.inst) - upnl + 1;
        return Math.max(im, mm);
    }

    void close(ClosePosition c) {
        Account a = s.accounts.get(c.accountId());
        if (a == null) {
            reject(c.accountId(), RejectReason.ACCOUNT_UNKNOWN, "no such account");
        } else if (a.positionLots == 0) {
            reject(a.id, RejectReason.RISK_NO_POSITION, "no position to close");
        } else {
            market.trading.place(new PlaceOrder(a.id, 0, a.isLong() ? Side.SELL : Side.BUY, OrderType.MARKET,
                    TimeInForce.IOC, 0, a.absLots(), true));
        }
    }

    void changeRiskRules(ChangeRiskRules c) {
        int cap = c.maxLeverageCap() == 0 ? s.maxLeverageCap : c.maxLeverageCap();
        long mult = c.mmrMultiplierE8() == 0 ? s.mmrMultiplierE8 : c.mmrMultiplierE8();
        boolean adlOn = c.adlEnabled() == null ? s.inst.adlEnabled() : c.adlEnabled();
        boolean slOn = c.socializedLossEnabled() == null ? s.inst.socializedLossEnabled() : c.socializedLossEnabled();
        if (cap < 0 || cap > 1000 || mult < 0 || mult > 100 * Instrument.E8 || (!adlOn && !slOn)) {
            reject(0, RejectReason.INPUT_INVALID, "leverage cap 0–1000, MMR multiplier 0–100×, and ADL or socialized loss on");
            return;
        }
        BracketTable table = s.baseInstrument.brackets().withMmrMultiplier(mult);
        if (cap > 0) {
            table = table.withMaxLeverageCap(cap);
        }
        s.maxLeverageCap = cap;
        s.mmrMultiplierE8 = mult;
        s.inst = s.baseInstrument.withBrackets(table).withLossPolicy(adlOn, slOn);
        s.out.add(new RiskRulesChanged(cap, mult, adlOn, slOn));
        for (Account a : s.accountList) {
            if (a.positionLots != 0) {
                s.touch(a);
            }
        }
    }

    void adjustFund(AdjustInsuranceFund c) {
        long d = Math.max(c.deltaMicros(), -s.fund.balanceMicros);
        if (c.deltaMicros() == 0) {
            reject(0, RejectReason.INPUT_INVALID, "amount must not be zero");
            return;
        }
        s.depositsMicros += d;
        s.fundChange(d, FundChangeReason.INSTRUCTOR, 0);
    }

    void halt(HaltTrading c) {
        if (c.untilNanos() <= s.nowNanos) {
            if (s.haltedUntilNanos != 0) {
                s.haltedUntilNanos = 0;
                s.out.add(new TradingResumed(s.nowNanos));
            }
            return;
        }
        s.haltedUntilNanos = c.untilNanos();
        s.out.add(new TradingHalted(c.untilNanos()));
    }

    /**
     * Reduce-only orders may never open or increase a position: after fills, cancel those whose side now
     * matches the position (or that outlast a closed one), and trim the total to the position size.
     */
    void trimReduceOnly(List<Account> touched) {
        for (int i = 0; i < touched.size(); i++) {
            Account a = touched.get(i);
            if (a.reduceOnlyOrders == 0) {
                continue;
            }
            long room = a.absLots();
            for (long id : a.openOrders.sortedCopy()) {
                OrderInfo o = s.orders.get(id);
                if (!o.reduceOnly) {
                    continue;
                }
                boolean reduces = a.positionLots != 0 && a.isLong() != o.side.isBuy();
                long lots = s.book.remainingOf(id);
                if (!reduces || lots > room) {
                    market.trading.cancelOrder(o, CancelReason.REDUCE_ONLY);
                } else {
                    room -= lots;
                }
            }
        }
    }

    private void reject(long accountId, RejectReason r, String detail) {
        s.out.add(new CommandRejected(accountId, 0, r, detail));
    }
}
