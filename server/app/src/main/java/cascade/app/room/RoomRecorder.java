package cascade.app.room;

import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for the instructor's CSV export: fills that involve a player and every liquidation, capped so a long
 * room cannot grow without bound (the journal, not this, is the complete record).
 */
final class RoomRecorder {
    static final int MAX_ROWS = 200_000;
    private final List<String> fills = new ArrayList<>();
    private final List<String> liquidations = new ArrayList<>();
    long inputs;

    void trade(TradeExecuted t, Roster roster, Units units) {
        row(fills, t, roster.byAccount(t.takerAccountId()), t.takerSide().name(), t.takerFeeMicros(), units);
        row(fills, t, roster.byAccount(t.makerAccountId()), t.takerSide().opposite().name(), t.makerFeeMicros(), units);
    }

    private static void row(List<String> out, TradeExecuted t, Roster.Player p, String side, long fee, Units units) {
        if (p != null && out.size() < MAX_ROWS) {
            out.add("fill," + t.gameTimeNanos() + "," + p.playerId + "," + p.nickname + "," + side + ","
                    + units.price(t.priceTicks()) + "," + units.qty(t.qtyLots()) + "," + Units.money(fee) + ","
                    + t.kind().name());
        }
    }

    void liquidation(PositionLiquidated l, Roster roster, Units units) {
        if (liquidations.size() >= MAX_ROWS) {
            return;
        }
        Roster.Player p = roster.byAccount(l.accountId());
        liquidations.add("liquidation," + l.gameTimeNanos() + "," + (p == null ? "" : p.playerId) + ","
                + (p == null ? "bot" : p.nickname) + "," + (l.positionSide().isBuy() ? "LONG" : "SHORT") + ","
                + units.price(l.bankruptcyPriceTicks()) + "," + units.qty(l.qtyLots()) + ","
                + Units.money(l.clearanceFeeMicros()) + ",gen" + l.generation() + " " + l.cause().kind());
    }

    /** Nicknames are restricted to letters, digits, space, '-' and '_' at join, so no CSV quoting is needed. */
    String csv(RoomVerticle r) {
        StringBuilder sb = new StringBuilder("kind,gameTimeNanos,playerId,nickname,side,price,qty,fee,detail\n");
        fills.forEach(l -> sb.append(l).append('\n'));
        liquidations.forEach(l -> sb.append(l).append('\n'));
        sb.append("\nplayerId,nickname,equity,returnPct,maxDrawdownPct,liquidated,maxLeverageUsed\n");
        for (Object o : RoomRequests.standings(r).getJsonArray("rows")) {
            JsonObject row = (JsonObject) o;
            sb.append(row.getString("playerId")).append(',').append(row.getString("nickname")).append(',')
                    .append(row.getString("equity")).append(',').append(row.getString("returnPct")).append(',')
                    .append(row.getString("maxDrawdownPct")).append(',').append(row.getBoolean("liquidated"))
                    .append(',').append(row.getString("maxLeverageUsed")).append('\n');
        }
        return sb.toString();
    }
}
