package cascade.app.http;

import cascade.app.config.ServerConfig;
import cascade.app.metrics.Metrics;
import cascade.app.room.Codes;
import cascade.app.room.LibraryScenarioCatalog;
import cascade.app.room.RoomClient;
import cascade.app.room.RoomHost;
import cascade.app.ws.WsGateway;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: REST under /api/v1, the WebSocket at /ws, /health, /metrics and the web UI's static files.
 * One global failure handler turns every failure into {@code {code, message}}; stack traces go to the log only.
 */
public final class HttpVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(HttpVerticle.class);
    /** JSON bodies are small; a scenario upload with an inline path can be larger. */
    static final long MAX_BODY_BYTES = 512 * 1024;
    public static final int MAX_WS_MESSAGE = 64 * 1024;

    private final ServerConfig config;
    private final RoomHost host;
    private final LibraryScenarioCatalog catalog;
    private final Metrics metrics;
    private final int port;
    private HttpServer server;

    /** @param port the port to bind (the configured one, or the first instance's actual port to share it) */
    public HttpVerticle(ServerConfig config, RoomHost host, LibraryScenarioCatalog catalog, Metrics metrics, int port) {
        this.config = config;
        this.host = host;
        this.catalog = catalog;
        this.metrics = metrics;
        this.port = port;
    }

    @Override
    public Future<?> start() {
        RoomClient rooms = new RoomClient(vertx.eventBus());
        Router router = Router.router(vertx);
        WsGateway gateway = new WsGateway(vertx, rooms, metrics, config);
        router.get("/ws").handler(ctx -> gateway.upgrade(ctx.request()));
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        new ScenariosApi(catalog).mount(router);
        new RoomsApi(host, rooms, catalog, config.publicUrl()).mount(router);
        new CalculatorApi(rooms, catalog).mount(router);
        router.get("/health").handler(ctx -> Http.json(ctx, 200, new JsonObject().put("status", "UP").put("live", true)
                .put("ready", true).put("rooms", host.count()).put("connections", metrics.connections.get())));
        router.get("/metrics").handler(ctx -> ctx.response().putHeader("content-type", "text/plain; version=0.0.4")
                .end(metrics.scrape()));
        router.route("/api/*").handler(ctx -> Http.error(ctx, Codes.HTTP_NOT_FOUND, "no such API endpoint"));
        boolean hasWeb = getClass().getClassLoader().getResource("cascade/webroot/index.html") != null;
        router.route("/*").handler(StaticHandler.create(hasWeb ? "cascade/webroot" : "cascade/app-static")
                .setCachingEnabled(hasWeb));
        router.route().failureHandler(HttpVerticle::failure);

        HttpServerOptions opts = new HttpServerOptions().setPort(port).setHost(config.host())
                .setMaxWebSocketFrameSize(MAX_WS_MESSAGE).setMaxWebSocketMessageSize(MAX_WS_MESSAGE)
                .setCompressionSupported(true)
                // Browsers ask for permessage-deflate; Vert.x's default level 6 cost a 1,000-client room ~0.4 cores
                // more than none, level 1 ~0.25 (docs/performance.md) while still shrinking JSON several-fold.
                .setPerMessageWebSocketCompressionSupported(config.wsCompressionLevel() > 0)
                .setPerFrameWebSocketCompressionSupported(config.wsCompressionLevel() > 0)
                .setWebSocketCompressionLevel(Math.max(1, config.wsCompressionLevel()));
        server = vertx.createHttpServer(opts).requestHandler(router);
        return server.listen().onSuccess(s -> LOG.debug("HTTP listening on {}:{}", config.host(), s.actualPort()));
    }

    public int actualPort() {
        return server.actualPort();
    }

    private static void failure(RoutingContext ctx) {
        Throwable t = ctx.failure();
        if (t instanceof FieldException f) {
            Http.error(ctx, f.code, f.getMessage());
        } else if (t instanceof IllegalArgumentException) {
            Http.error(ctx, Codes.PROTOCOL_BAD_FIELD, t.getMessage());
        } else if (ctx.statusCode() == 413) {
            Http.error(ctx, Codes.PROTOCOL_TOO_LARGE, "request body exceeds " + MAX_BODY_BYTES / 1024 + " KiB");
        } else if (ctx.statusCode() == 404) {
            Http.error(ctx, Codes.HTTP_NOT_FOUND, "not found");
        } else if (ctx.statusCode() == 405) {
            Http.error(ctx, Codes.HTTP_METHOD_NOT_ALLOWED, "method not allowed");
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            Http.error(ctx, ctx.statusCode(), "HTTP_BAD_REQUEST", "bad request");
        } else {
            LOG.error("unhandled failure on {} {}", ctx.request().method(), ctx.request().path(), t);
            Http.error(ctx, Codes.SERVER_ERROR, "internal error");
        }
    }
}
