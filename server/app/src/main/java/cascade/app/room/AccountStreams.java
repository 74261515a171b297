package cascade.app.room;

import cascade.engine.Instrument;
import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** JSON for the position, margin and account streams from one {@link AccountView} (docs/api.md). */
final class AccountStreams {
    private AccountStreams() {
    }

    static JsonObject position(AccountView v, Market m, Units units) {
        Instrument inst = m.instrument();
        long abs = Math.abs(v.positionLots());
        JsonObject o = new JsonObject()
                .put("size", (v.positionLots() < 0 ? "-" : "") + units.qty(abs))
                .put("markPrice", units.price(m.markPriceTicks()))
                .put("unrealizedPnl", Units.money(v.unrealizedPnlMicros()))
                .put("leverage", v.leverage()).put("marginMode", v.mode().name())
                .put("isolatedMargin", Units.money(v.isolatedMarginMicros()));
        if (abs == 0) {
            o.putNull("entryPrice").put("roe", "0");
            return o;
        }
        // entry = cost basis / size, shown to the cent like the liquidation price (RULES.md "Units").
        BigDecimal entry = BigDecimal.valueOf(v.entryNotionalMicros()).multiply(BigDecimal.valueOf(inst.lotsPerUnit()))
                .divide(BigDecimal.valueOf(abs).multiply(BigDecimal.valueOf(Instrument.MICROS_PER_USDT)), 2,
                        RoundingMode.HALF_UP);
        long initialMargin = Math.max(1, v.entryNotionalMicros() / Math.max(1, v.leverage()));
        BigDecimal roe = BigDecimal.valueOf(v.unrealizedPnlMicros()).divide(BigDecimal.valueOf(initialMargin), 4,
                RoundingMode.HALF_UP);
        return o.put("entryPrice", entry.toPlainString()).put("roe", roe.toPlainString());
    }

    static JsonObject margin(AccountView v, Units units) {
        return new JsonObject().put("marginBalance", Units.money(v.marginBalanceMicros()))
                .put("maintenanceMargin", Units.money(v.maintenanceMicros()))
                .put("marginRatio", Units.rate(v.marginRatioE8()))
                .put("liquidationPrice", v.liquidationPriceTicks() == 0 ? null : units.price(v.liquidationPriceTicks()))
                .put("bankruptcyPrice", v.bankruptcyPriceTicks() == 0 || v.positionLots() == 0 ? null
                        : units.price(v.bankruptcyPriceTicks()))
                .put("adlQuantile", v.adlQuantile()).put("available", Units.money(v.availableMicros()));
    }

    static JsonObject account(AccountView v) {
        return new JsonObject().put("wallet", Units.money(v.walletMicros())).put("equity", Units.money(v.equityMicros()))
                .put("realizedPnl", Units.money(v.realizedPnlMicros())).put("fees", Units.money(v.feesPaidMicros()))
                .put("funding", Units.money(v.fundingMicros()));
    }
}
