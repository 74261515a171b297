package cascade.app.support;

import cascade.app.room.RoomEngine;
import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.ResetAccount;
import cascade.engine.command.Side;
import cascade.engine.command.Withdraw;
import cascade.engine.event.Event;
import cascade.engine.event.PositionAutoDeleveraged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.market.Market;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A test double of the room port for hosting tests only: the real engine {@link Market}, a static maker ladder
 * around 50,000 USDT, an index that moves only by {@code index_step} shocks. No bots, no scenario. The real room
 * (server/game) replaces it in production; the scripted mini-game test uses the real one.
 */
public final class MarketRoom implements RoomEngine {
    public static final long START_TICKS = 500_000;
    static final long MAKER = 1;
    static final long COLLATERAL = 10_000_000_000L;
    private static final long TICK = 100_000_000L;
    private Market market;
    private long nextAccount = 100;
    private long indexTicks = START_TICKS;

    public MarketRoom() {
        market = new Market(Instrument.btcUsdt(), START_TICKS);
        market.apply(new Deposit(MAKER, 10_000_000_000_000L));
        for (int i = 1; i <= 60; i++) {
            market.apply(PlaceOrder.limit(MAKER, Side.BUY, START_TICKS - i * 5L, 2_000));
            market.apply(PlaceOrder.limit(MAKER, Side.SELL, START_TICKS + i * 5L, 2_000));
        }
    }

    @Override
    public Instrument instrument() {
        return market.instrument();
    }

    @Override
    public long startingCollateralMicros() {
        return COLLATERAL;
    }

    @Override
    public long tickNanos() {
        return TICK;
    }

    @Override
    public long gameTimeNanos() {
        return market.nowNanos();
    }

    @Override
    public String histTime() {
        return null;
    }

    @Override
    public Market market() {
        return market;
    }

    @Override
    public long addPlayer() {
        long id = nextAccount++;
        market.apply(new Deposit(id, COLLATERAL));
        return id;
    }

    @Override
    public Step player(Command command) {
        return Step.of(market.apply(command));
    }

    @Override
    public Step tick() {
        return Step.of(market.apply(new IndexTick(market.nowNanos() + TICK, indexTicks)));
    }

    @Override
    public Step shock(String type, JsonObject params) {
        if (type.equals("index_step")) {
            Object pct = params.getValue("pct");
            if (!(pct instanceof Number n) || Math.abs(n.doubleValue()) > 50) {
                throw new IllegalArgumentException("index_step: pct must be a number in −50…50");
            }
            indexTicks = Math.round(indexTicks * (1 + n.doubleValue() / 100));
            List<Event> ev = market.apply(new IndexTick(market.nowNanos() + TICK, indexTicks, "index step " + n + " %"));
            return new Step(ev, List.of("Index moves " + n + " %"));
        }
        if (type.equals("news")) {
            return new Step(List.of(), List.of(params.getString("text", "")));
        }
        throw new IllegalArgumentException(type + ": not supported by the test room");
    }

    @Override
    public Step topUp(long accountId, long amountMicros) {
        return Step.of(market.apply(amountMicros > 0 ? new Deposit(accountId, amountMicros)
                : new Withdraw(accountId, -amountMicros)));
    }

    @Override
    public Step reset(long accountId) {
        return Step.of(market.apply(new ResetAccount(accountId, COLLATERAL)));
    }

    @Override
    public WhatIf whatIf(String type, JsonObject params, long seconds) {
        Market saved = market;
        long savedIndex = indexTicks;
        market = Market.restore(saved.snapshot());
        try {
            List<Event> all = new ArrayList<>(shock(type, params).events());
            long low = market.markPriceTicks();
            for (long s = 0; s < seconds * 10; s++) {
                all.addAll(tick().events());
                low = Math.min(low, market.markPriceTicks());
            }
            long longN = 0;
            long shortN = 0;
            int adl = 0;
            int gen = 0;
            for (Event e : all) {
                if (e instanceof PositionLiquidated l) {
                    long n = market.instrument().notionalMicros(l.bankruptcyPriceTicks(), l.qtyLots());
                    if (l.positionSide() == Side.BUY) {
                        longN += n;
                    } else {
                        shortN += n;
                    }
                    gen = Math.max(gen, l.generation());
                } else if (e instanceof PositionAutoDeleveraged) {
                    adl++;
                }
            }
            return new WhatIf(longN, shortN, low, market.insuranceFundMicros(), adl, gen);
        } finally {
            market = saved;
            indexTicks = savedIndex;
        }
    }

    @Override
    public String stateHash() {
        return market.stateHash();
    }
}
