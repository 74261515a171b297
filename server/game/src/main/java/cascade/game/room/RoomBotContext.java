package cascade.game.room;

import cascade.engine.Instrument;
import cascade.engine.market.AccountView;
import cascade.engine.market.OrderView;
import cascade.game.bot.BotContext;
import java.util.List;

/** The room's read-only view for bots. */
final class RoomBotContext implements BotContext {
    private final Room room;

    RoomBotContext(Room room) {
        this.room = room;
    }

    @Override
    public long nowNanos() {
        return room.nowNanos;
    }

    @Override
    public long tickNanos() {
        return room.tickNanos();
    }

    @Override
    public Instrument instrument() {
        return room.market.instrument();
    }

    @Override
    public long markTicks() {
        return room.market.markPriceTicks();
    }

    @Override
    public long indexTicks() {
        return room.market.indexPriceTicks();
    }

    @Override
    public long lastTicks() {
        return room.market.lastPriceTicks();
    }

    @Override
    public long bestBidTicks() {
        return room.market.query().bestBidTicks();
    }

    @Override
    public long bestAskTicks() {
        return room.market.query().bestAskTicks();
    }

    @Override
    public int topLevels(boolean bids, int n, long[] pricesOut, long[] lotsOut) {
        return room.market.query().topLevels(bids, n, pricesOut, lotsOut);
    }

    @Override
    public long[] depthWithinLots(long pctE8) {
        return room.market.query().depthWithinLots(pctE8);
    }

    @Override
    public AccountView account(long accountId) {
        return room.market.account(accountId);
    }

    @Override
    public List<OrderView> openOrders(long accountId) {
        return room.market.query().orders(accountId);
    }

    @Override
    public long predictedFundingRateE8() {
        return room.market.predictedFundingRateE8();
    }

    @Override
    public double markVolatilityAnnual() {
        return room.volatility.sigmaAnnual();
    }

    @Override
    public boolean marketMakersPulled() {
        return room.nowNanos < room.mmPulledUntilNanos;
    }

    @Override
    public boolean halted() {
        return room.market.halted();
    }

    @Override
    public long takeWhaleOrderLots(long accountId) {
        for (int i = 0; i < room.whaleOrders.size(); i++) {
            long[] o = room.whaleOrders.get(i);
            if (o[0] == accountId) {
                room.whaleOrders.remove(i);
                return o[1];
            }
        }
        return 0;
    }

    @Override
    public long startTicks() {
        return room.startIndexTicks;
    }

    @Override
    public long highTicks(int seconds) {
        return room.history.high(seconds, room.market.markPriceTicks());
    }

    @Override
    public long lowTicks(int seconds) {
        return room.history.low(seconds, room.market.markPriceTicks());
    }
}
