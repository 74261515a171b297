package cascade.app.http;

import cascade.app.room.Codes;
import cascade.app.room.ScenarioCatalog;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /api/v1/scenarios}. Parsing an uploaded scenario is CPU-only and bounded by the body limit, but it is
 * still moved off the event loop ({@code executeBlocking}) because a large historical scenario can take a while.
 */
final class ScenariosApi {
    private final ScenarioCatalog catalog;

    ScenariosApi(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    void mount(Router r) {
        r.get("/api/v1/scenarios").handler(ctx -> Http.json(ctx, 200, new JsonArray(catalog.list())));
        r.get("/api/v1/scenarios/:id").handler(ctx -> catalog.get(ctx.pathParam("id")).ifPresentOrElse(
                s -> Http.json(ctx, 200, s),
                () -> Http.error(ctx, Codes.SCENARIO_UNKNOWN, "no scenario \"" + ctx.pathParam("id") + "\"")));
        r.post("/api/v1/scenarios").handler(this::upload);
    }

    private void upload(RoutingContext ctx) {
        String yaml = ctx.body().asString();
        if (yaml == null || yaml.isBlank()) {
            Http.error(ctx, Codes.SCENARIO_INVALID, "a YAML scenario body is required");
            return;
        }
        ctx.vertx().executeBlocking(() -> catalog.upload(yaml), false).onComplete(ar -> {
            if (ar.succeeded()) {
                Http.json(ctx, 201, new JsonObject().put("id", ar.result()));
            } else if (ar.cause() instanceof IllegalArgumentException e) {
                Http.error(ctx, Codes.SCENARIO_INVALID, e.getMessage());
            } else {
                ctx.fail(ar.cause());
            }
        });
    }
}
