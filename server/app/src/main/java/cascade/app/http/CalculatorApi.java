package cascade.app.http;

import cascade.app.room.Codes;
import cascade.app.room.LibraryScenarioCatalog;
import cascade.app.room.RoomClient;
import cascade.app.room.Units;
import cascade.engine.Instrument;
import cascade.engine.analytics.LiquidationProbability;
import cascade.engine.risk.LiquidationPrice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/calculator/…}: the engine's own math behind HTTP, so the UI's calculator and the engine never
 * disagree. Default rules are BTCUSDT (RULES.md); with {@code roomCode} the room's scenario instrument is used.
 */
final class CalculatorApi {
    private final RoomClient rooms;
    private final LibraryScenarioCatalog catalog;

    CalculatorApi(RoomClient rooms, LibraryScenarioCatalog catalog) {
        this.rooms = rooms;
        this.catalog = catalog;
    }

    void mount(Router r) {
        r.post("/api/v1/calculator/liquidation-price").handler(this::liquidationPrice);
        r.post("/api/v1/calculator/liquidation-probability").handler(this::probability);
    }

    private void liquidationPrice(RoutingContext ctx) {
        JsonObject b = Http.body(ctx);
        Fields.only(b, Set.of("side", "quantity", "entryPrice", "walletBalance", "marginMode",
                "otherMaintenanceMargin", "otherUnrealizedPnl", "roomCode"));
        String side = Fields.oneOf(b, "side", true, List.of("LONG", "SHORT"));
        String qty = Fields.decimal(b, "quantity", true, false, false);
        String entry = Fields.decimal(b, "entryPrice", true, false, false);
        String wallet = Fields.decimal(b, "walletBalance", true, false, true);
        String mode = Fields.oneOf(b, "marginMode", true, List.of("ISOLATED", "CROSS"));
        String otherMm = Fields.decimal(b, "otherMaintenanceMargin", false, false, true);
        String otherPnl = Fields.decimal(b, "otherUnrealizedPnl", false, true, true);
        if (mode.equals("ISOLATED") && (otherMm != null || otherPnl != null)) {
            throw Fields.bad("marginMode", "other positions' margin and PnL apply only to CROSS");
        }
        String room = Fields.string(b, "roomCode", false, 12);
        instrument(room).onSuccess(inst -> {
            if (inst == null) {
                Http.error(ctx, Codes.ROOM_UNKNOWN, "no room " + room);
                return;
            }
            try {
                respond(ctx, inst, side, qty, entry, wallet, otherMm, otherPnl);
            } catch (IllegalArgumentException | ArithmeticException e) {
                Http.error(ctx, Codes.PROTOCOL_BAD_FIELD, e.getMessage());
            }
        });
    }

    private static void respond(RoutingContext ctx, Instrument inst, String side, String qty, String entry,
                                String wallet, String otherMm, String otherPnl) {
            Units u = new Units(inst);
            long lots = u.qtyLots(qty);
            long notional = new BigDecimal(entry).multiply(new BigDecimal(qty)).movePointRight(6)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            LiquidationPrice.Result res = LiquidationPrice.compute(side.equals("LONG"), lots, notional,
                    Units.micros(wallet), otherMm == null ? 0 : Units.micros(otherMm),
                    otherPnl == null ? 0 : Units.micros(otherPnl), inst);
            BigDecimal lp = LiquidationPrice.roundHalfUpCents(res.liquidationPrice());
            BigDecimal bp = LiquidationPrice.roundHalfUpCents(res.bankruptcyPrice());
            Http.json(ctx, 200, new JsonObject().put("liquidationPrice", lp == null ? null : lp.toPlainString())
                    .put("bankruptcyPrice", bp == null ? null : bp.toPlainString())
                    .put("maintenanceMargin", Units.money(res.maintenanceAtLiquidationMicros()))
                    .put("bracket", res.bracket()));
    }

    /** The instrument for the calculator: BTCUSDT, or the room's scenario instrument (null: unknown room). */
    private Future<Instrument> instrument(String roomCode) {
        if (roomCode == null) {
            return Future.succeededFuture(Instrument.btcUsdt());
        }
        return rooms.request(roomCode, new JsonObject().put("op", "info")).map(rep -> rep.getBoolean("ok")
                ? catalog.spec(rep.getJsonObject("data").getString("scenarioId"))
                        .map(s -> s.instrument().toInstrument()).orElse(Instrument.btcUsdt())
                : null);
    }

    private void probability(RoutingContext ctx) {
        JsonObject b = Http.body(ctx);
        Fields.only(b, Set.of("markPrice", "barrierPrice", "volatility", "horizonSeconds", "drift",
                "monitoringIntervalSeconds"));
        double mark = Double.parseDouble(Fields.decimal(b, "markPrice", true, false, false));
        double barrier = Double.parseDouble(Fields.decimal(b, "barrierPrice", true, false, false));
        double sigma = Double.parseDouble(Fields.decimal(b, "volatility", true, false, true));
        String drift = Fields.decimal(b, "drift", false, true, true);
        double horizon = Fields.number(b, "horizonSeconds", true, 0, 10 * 365 * 86_400.0);
        Double monitoring = Fields.number(b, "monitoringIntervalSeconds", false, 0, 86_400);
        double p = LiquidationProbability.probability(mark, barrier, sigma, drift == null ? 0 : Double.parseDouble(drift),
                horizon, monitoring == null ? 0 : monitoring);
        Http.json(ctx, 200, new JsonObject().put("probability",
                BigDecimal.valueOf(p).setScale(6, RoundingMode.HALF_UP).toPlainString()));
    }
}
