package cascade.app.ws;

import cascade.app.config.ServerConfig;
import cascade.app.metrics.Metrics;
import cascade.app.room.RoomClient;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/** Upgrades {@code GET /ws} and gives each socket a {@link Connection}. */
public final class WsGateway {
    private final Vertx vertx;
    private final RoomClient rooms;
    private final Metrics metrics;
    private final ServerConfig config;
    /** This gateway's event loop's room subscriptions (one gateway per HTTP verticle instance, so per loop). */
    private final Fanout fanout;

    public WsGateway(Vertx vertx, RoomClient rooms, Metrics metrics, ServerConfig config) {
        this.vertx = vertx;
        cascade.app.room.StreamBatch.registerCodec(vertx);
        this.rooms = rooms;
        this.metrics = metrics;
        this.config = config;
        this.fanout = new Fanout(vertx, metrics);
    }

    /** The router's handler for {@code /ws}: the HTTP connection is kept so a slow consumer can be cut hard. */
    public void upgrade(HttpServerRequest req) {
        var conn = req.connection();
        req.toWebSocket().onSuccess(ws -> new Connection(vertx, ws, conn, rooms, fanout, metrics, config));
    }
}
