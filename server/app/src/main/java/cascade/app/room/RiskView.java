package cascade.app.room;

import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** The instructor's {@code risk.update} (docs/api.md): true liquidation map, open interest, fund, roster. */
final class RiskView {
    /** Liquidation-map bucket: 100 USDT at the default tick of 0.1. */
    static final long BUCKET_USDT = 100;

    private RiskView() {
    }

    static JsonObject of(RoomVerticle r) {
        Market m = r.engine.market();
        Units u = r.units;
        JsonArray map = new JsonArray();
        long bucket = BUCKET_USDT * m.instrument().ticksPerUnit();
        for (Map.Entry<Long, long[]> e : m.query().liquidationMap(bucket).entrySet()) {
            map.add(new JsonObject().put("price", u.price(e.getKey())).put("long", Units.money(e.getValue()[0]))
                    .put("short", Units.money(e.getValue()[1])));
        }
        long longs = 0;
        long shorts = 0;
        for (long id : m.query().accountIds()) {
            AccountView v = m.account(id);
            longs += v.positionLots() > 0 ? 1 : 0;
            shorts += v.positionLots() < 0 ? 1 : 0;
        }
        long[] depth = m.query().depthWithinLots(1_000_000);
        JsonArray roster = new JsonArray();
        for (Roster.Player p : r.roster.all()) {
            AccountView v = m.account(p.accountId);
            if (v == null) {
                continue;
            }
            roster.add(new JsonObject().put("playerId", p.playerId).put("nickname", p.nickname)
                    .put("equity", Units.money(v.equityMicros())).put("leverage", v.leverage())
                    .put("position", u.qty(Math.abs(v.positionLots())))
                    .put("side", v.positionLots() > 0 ? "LONG" : v.positionLots() < 0 ? "SHORT" : "FLAT")
                    .put("marginRatio", Units.rate(v.marginRatioE8()))
                    .put("status", p.kicked ? "KICKED" : v.liquidations() > 0 ? "LIQUIDATED" : "ACTIVE"));
        }
        return new JsonObject().put("trueLiquidationMap", map)
                .put("openInterest", u.qty(m.query().openInterestLots()))
                .put("longShortRatio", shorts == 0 ? null : RoomRequests.pct(longs, shorts * 100))
                .put("insuranceFund", Units.money(m.insuranceFundMicros()))
                .put("depth1pct", new JsonObject().put("bids", u.qty(depth[0])).put("asks", u.qty(depth[1])))
                .put("liquidations", m.liquidationCount()).put("maxGeneration", m.maxGeneration())
                .put("roster", roster);
    }
}
