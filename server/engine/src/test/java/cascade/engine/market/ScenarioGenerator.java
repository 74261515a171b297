package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.AdjustInsuranceFund;
import cascade.engine.command.AdjustIsolatedMargin;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.ChangeRiskRules;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.HaltTrading;
import cascade.engine.command.IndexTick;
import cascade.engine.command.MarginMode;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.ResetAccount;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.Side;
import cascade.engine.command.Withdraw;
import cascade.engine.event.Event;
import cascade.engine.event.OrderAccepted;
import cascade.engine.event.OrderCanceled;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of realistic command streams for property and determinism tests. Everything it draws
 * comes from one {@link SplittableRandom} and from the market's own (deterministic) state, so a seed fixes
 * the whole stream. Account 1 is a well-capitalised liquidity provider that keeps quoting near the mark, so
 * liquidation IOCs usually find some book; the other 2–11 accounts have deposits from 20 USDT to 2M USDT,
 * leverage 1–125, cross or isolated. Index ticks are a random walk with occasional 5–15 % jumps, the driver
 * of liquidations, fund takeovers, ADL and socialized loss. Order ids come only from {@link OrderAccepted}
 * events (as a client would know them); cancels and amends sometimes hit ids that already left the book.
 */
final class ScenarioGenerator {
    static final long USDT = 1_000_000L;
    static final long LP = 1;
    private static final long NANOS = Instrument.NANOS_PER_SECOND;

    final SplittableRandom rnd;
    final Instrument instrument;
    final long initialIndexTicks;
    final int accounts;
    private final List<long[]> liveOrders = new ArrayList<>(); // {accountId, orderId}, oldest first
    private long now;
    private long index;

    ScenarioGenerator(long seed) {
        rnd = new SplittableRandom(seed);
        boolean adl = rnd.nextInt(3) != 0;
        boolean socialized = !adl || rnd.nextBoolean();
        // Small or empty funds make takeovers fail, which is what sends deficits on to ADL and socialized loss.
        long fundSeed = switch (rnd.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 2_000 * USDT;
            case 2 -> 100_000 * USDT;
            default -> 1_000_000 * USDT;
        };
        instrument = Instrument.btcUsdt().withFundingInterval((5 + rnd.nextInt(56)) * NANOS)
                .withLossPolicy(adl, socialized).withInsuranceSeed(fundSeed);
        initialIndexTicks = 300_000 + rnd.nextInt(400_000); // 30,000–70,000 USDT
        index = initialIndexTicks;
        accounts = 3 + rnd.nextInt(10);
    }

    Market newMarket() {
        return new Market(instrument, initialIndexTicks);
    }

    /** Deposits, margin modes, leverage, and the provider's opening ladder. */
    List<Command> opening() {
        List<Command> out = new ArrayList<>();
        out.add(new Deposit(LP, (2_000_000 + rnd.nextInt(20_000_000)) * USDT));
        out.add(new SetLeverage(LP, 1 + rnd.nextInt(10)));
        for (long id = 2; id <= accounts; id++) {
            out.add(new Deposit(id, (long) Math.exp(Math.log(20) + rnd.nextDouble() * Math.log(100_000)) * USDT));
            if (rnd.nextInt(10) < 3) {
                out.add(new SetMarginMode(id, MarginMode.ISOLATED));
            }
            out.add(new SetLeverage(id, leverage()));
        }
        for (int level = 1; level <= 10; level++) {
            long off = level * (initialIndexTicks / 2000); // 0.05 % steps
            out.add(PlaceOrder.limit(LP, Side.BUY, initialIndexTicks - off, 50 + rnd.nextInt(500)));
            out.add(PlaceOrder.limit(LP, Side.SELL, initialIndexTicks + off, 50 + rnd.nextInt(500)));
        }
        return out;
    }

    /** Tracks order ids the way a client would: accepted → live, cancelled → gone. */
    void observe(List<Event> events) {
        for (Event e : events) {
            if (e instanceof OrderAccepted a && a.accountId() > 0) {
                liveOrders.add(new long[] {a.accountId(), a.orderId()});
                if (liveOrders.size() > 64) {
                    liveOrders.remove(0);
                }
            } else if (e instanceof OrderCanceled c) {
                liveOrders.removeIf(o -> o[1] == c.orderId());
            }
        }
    }

    Command next(Market m) {
        int r = rnd.nextInt(1000);
        long mark = m.markPriceTicks();
        long id = trader();
        if (r < 280) {
            return tick();
        } else if (r < 460) {
            return limit(id, side(), nearMark(mark, 0.006), qty(), TimeInForce.GTC);
        } else if (r < 530) {
            return new PlaceOrder(id, 0, side(), OrderType.MARKET, rnd.nextInt(4) == 0 ? TimeInForce.FOK
                    : TimeInForce.IOC, 0, qty(), false);
        } else if (r < 580) {
            return limit(id, side(), nearMark(mark, 0.01), qty(), rnd.nextBoolean() ? TimeInForce.IOC : TimeInForce.FOK);
        } else if (r < 620) {
            return limit(id, side(), nearMark(mark, 0.004), qty(), TimeInForce.POST_ONLY);
        } else if (r < 670) {
            return reduceOnly(m, id, mark);
        } else if (r < 740) {
            long[] o = liveOrder();
            return o == null ? tick() : new CancelOrder(o[0], o[1]);
        } else if (r < 790) {
            long[] o = liveOrder();
            return o == null ? tick() : new AmendOrder(o[0], o[1], nearMark(mark, 0.006), qty());
        } else if (r < 840) {
            // The provider re-quotes a few ticks to 0.5 % from mark: depth for liquidation IOCs to hit.
            Side side = side();
            long off = 1 + rnd.nextInt((int) Math.max(2, mark / 200));
            return limit(LP, side, side == Side.BUY ? mark - off : mark + off, 100 + rnd.nextInt(2_000),
                    TimeInForce.GTC);
        } else if (r < 860) {
            return new SetLeverage(id, leverage());
        } else if (r < 870) {
            return new SetMarginMode(id, rnd.nextBoolean() ? MarginMode.ISOLATED : MarginMode.CROSS);
        } else if (r < 890) {
            AccountView v = m.account(id);
            long scale = v == null ? USDT : Math.max(USDT, Math.abs(v.isolatedMarginMicros()));
            return new AdjustIsolatedMargin(id, (long) ((rnd.nextDouble() - 0.6) * scale));
        } else if (r < 905) {
            return new ClosePosition(id);
        } else if (r < 915) {
            return riskRules();
        } else if (r < 923) {
            return new HaltTrading(rnd.nextInt(4) == 0 ? 0 : now + (long) (rnd.nextDouble() * 5 * NANOS));
        } else if (r < 938) {
            long delta = rnd.nextInt(3) == 0 ? (rnd.nextInt(50_000) + 1) * USDT
                    : -(m.insuranceFundMicros() / 2 + rnd.nextInt(10_000) * USDT + 1);
            return new AdjustInsuranceFund(delta);
        } else if (r < 958) {
            return new Deposit(id, (1 + rnd.nextInt(20_000)) * USDT);
        } else if (r < 978) {
            AccountView v = m.account(id);
            long avail = v == null ? USDT : Math.max(1, v.availableMicros());
            return new Withdraw(id, 1 + (long) (rnd.nextDouble() * 1.2 * avail));
        } else if (r < 983) {
            return new ResetAccount(id, rnd.nextInt(50_000) * USDT);
        }
        return tick();
    }

    private IndexTick tick() {
        int t = rnd.nextInt(100);
        long dt = t < 80 ? NANOS / 10 : t < 96 ? NANOS : (10 + rnd.nextInt(30)) * NANOS;
        now += dt;
        String cause = "walk";
        double move = rnd.nextGaussian() * 0.0015;
        if (rnd.nextInt(100) < 4) {
            move = (rnd.nextBoolean() ? 1 : -1) * (0.05 + rnd.nextDouble() * 0.10);
            cause = "jump";
        }
        index = Math.max(100_000, Math.min(2_000_000, Math.round(index * (1 + move))));
        return new IndexTick(now, index, cause);
    }

    private Command reduceOnly(Market m, long id, long mark) {
        AccountView v = m.account(id);
        long pos = v == null ? 0 : v.positionLots();
        Side side = pos > 0 ? Side.SELL : pos < 0 ? Side.BUY : side();
        long q = Math.max(1, (long) (Math.abs(pos) * (0.2 + rnd.nextDouble() * 1.3)));
        if (rnd.nextBoolean()) {
            return new PlaceOrder(id, 0, side, OrderType.MARKET, TimeInForce.IOC, 0, q, true);
        }
        return new PlaceOrder(id, 0, side, OrderType.LIMIT, TimeInForce.GTC, nearMark(mark, 0.004), q, true);
    }

    private ChangeRiskRules riskRules() {
        int[] caps = {0, 0, 10, 20, 50, 125};
        long[] mults = {0, 0, Instrument.E8, 150_000_000L, 200_000_000L, 300_000_000L};
        return new ChangeRiskRules(caps[rnd.nextInt(caps.length)], mults[rnd.nextInt(mults.length)], maybe(),
                maybe());
    }

    private Boolean maybe() {
        int k = rnd.nextInt(3);
        return k == 0 ? null : k == 1;
    }

    private PlaceOrder limit(long id, Side side, long price, long qty, TimeInForce tif) {
        return new PlaceOrder(id, rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(1000) : 0, side, OrderType.LIMIT, tif,
                price, qty, false);
    }

    /** A price around mark with a Gaussian spread of {@code sigma}; about 1 in 100 falls outside the 5 % band. */
    private long nearMark(long mark, double sigma) {
        double off = rnd.nextInt(100) == 0 ? 0.06 * (rnd.nextBoolean() ? 1 : -1)
                : Math.max(-0.049, Math.min(0.049, rnd.nextGaussian() * sigma));
        return Math.max(1, Math.round(mark * (1 + off)));
    }

    private long[] liveOrder() {
        if (liveOrders.isEmpty()) {
            return null;
        }
        return liveOrders.get(rnd.nextInt(liveOrders.size()));
    }

    /** Any account, the provider less often; rarely an unknown one (to exercise rejections). */
    private long trader() {
        int k = rnd.nextInt(100);
        return k < 2 ? accounts + 1 + rnd.nextInt(3) : k < 10 ? LP : 2 + rnd.nextInt(accounts - 1);
    }

    private Side side() {
        return rnd.nextBoolean() ? Side.BUY : Side.SELL;
    }

    /** 0.001–3 BTC, log-uniform: many small orders, a few large ones. */
    private long qty() {
        return Math.max(1, (long) Math.exp(rnd.nextDouble() * Math.log(3_000)));
    }

    private int leverage() {
        int k = rnd.nextInt(10);
        return k < 3 ? 1 + rnd.nextInt(10) : k < 7 ? 10 + rnd.nextInt(41) : 50 + rnd.nextInt(76);
    }
}
