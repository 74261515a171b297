package cascade.game.room;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.AdjustInsuranceFund;
import cascade.engine.command.ChangeRiskRules;
import cascade.engine.command.Deposit;
import cascade.engine.command.HaltTrading;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;
import cascade.game.bot.Bot;
import cascade.game.scenario.BotType;
import cascade.game.scenario.FeedShocks;
import cascade.game.scenario.OrderSide;
import cascade.game.scenario.Shock;

/**
 * Applies RULES.md's shocks, scheduled or injected: index shocks go to the feeds; rule shocks become engine
 * commands; a whale order goes to the scenario's whale bot (which works it in slices) or, without one, to
 * the room's own whale account as one band-limited market order; a market-maker pull is a signal bots read.
 */
final class ShockRunner {
    private final Room room;

    ShockRunner(Room room) {
        this.room = room;
    }

    void apply(Shock shock, boolean scheduled) {
        long now = room.nowNanos;
        room.out.add(new RoomEvent.ShockApplied(shock, scheduled, now));
        if (FeedShocks.apply(shock, room.feeds, now)) {
            room.indexCause = (scheduled ? "scheduled " : "instructor ") + describe(shock);
            room.indexCauseUntilNanos = now + Math.max(durationNanos(shock), room.tickNanos());
            return;
        }
        if (shock instanceof Shock.WhaleOrder w) {
            whale(w);
        } else if (shock instanceof Shock.MmPull p) {
            room.mmPulledUntilNanos = now + p.durationNanos();
        } else if (shock instanceof Shock.MaxLeverage m) {
            room.marketApply(new ChangeRiskRules(m.maxLeverage(), 0, null, null));
        } else if (shock instanceof Shock.MmrMultiplier m) {
            room.marketApply(new ChangeRiskRules(0, m.multiplierE8(), null, null));
        } else if (shock instanceof Shock.InsuranceFund f) {
            room.marketApply(new AdjustInsuranceFund(f.deltaMicros()));
        } else if (shock instanceof Shock.Adl a) {
            room.marketApply(new ChangeRiskRules(0, 0, a.enabled(), a.enabled() ? null : Boolean.TRUE));
        } else if (shock instanceof Shock.Halt h) {
            room.marketApply(new HaltTrading(now + h.durationNanos()));
        } else if (shock instanceof Shock.News n) {
            room.out.add(new RoomEvent.NewsPublished(n.text(), now));
        } else {
            throw new IllegalStateException("shock not handled: " + shock);
        }
    }

    private void whale(Shock.WhaleOrder w) {
        long signed = w.side() == OrderSide.BUY ? w.qtyLots() : -w.qtyLots();
        for (Bot bot : room.bots) {
            if (bot.type() == BotType.WHALE) {
                room.whaleOrders.add(new long[] {bot.accountId(), signed});
                return;
            }
        }
        // No whale bot: the room's own whale, collateralised for the order, sends it as one market order.
        long notional = room.instrument.notionalMicros(room.market.markPriceTicks(), w.qtyLots());
        room.marketApply(new Deposit(Room.ROOM_WHALE_ACCOUNT, notional));
        room.marketApply(new PlaceOrder(Room.ROOM_WHALE_ACCOUNT, 0, signed > 0 ? Side.BUY : Side.SELL,
                OrderType.MARKET, TimeInForce.IOC, 0, w.qtyLots(), false));
    }

    static long durationNanos(Shock s) {
        if (s instanceof Shock.IndexMove m) {
            return m.overNanos();
        }
        if (s instanceof Shock.FeedFreeze f) {
            return f.durationNanos();
        }
        if (s instanceof Shock.OutlierVenue o) {
            return o.durationNanos();
        }
        if (s instanceof Shock.IndexDecoupling d) {
            return d.durationNanos();
        }
        return 0;
    }

    /** One line for the debrief, e.g. "index_move -3% over 90s". */
    static String describe(Shock s) {
        if (s instanceof Shock.IndexMove m) {
            return "index_move " + pct(m.pctE8()) + " over " + m.overNanos() / 1_000_000_000L + "s";
        }
        if (s instanceof Shock.IndexStep m) {
            return "index_step " + pct(m.pctE8());
        }
        if (s instanceof Shock.OutlierVenue o) {
            return "outlier_venue " + o.venue() + " " + pct(o.offsetE8());
        }
        if (s instanceof Shock.FeedFreeze f) {
            return "feed_freeze " + f.venue();
        }
        return s.type().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String pct(long e8) {
        return java.math.BigDecimal.valueOf(e8, 6).stripTrailingZeros().toPlainString() + "%";
    }
}
