package cascade.app;

import cascade.app.config.ServerConfig;
import cascade.app.http.HttpVerticle;
import cascade.app.metrics.Metrics;
import cascade.app.room.LibraryScenarioCatalog;
import cascade.app.room.RoomEngineFactory;
import cascade.app.room.RoomHost;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** A running node: Vert.x, the room host and the HTTP server. Built by {@code serve} and by tests. */
public final class Server {
    private final Vertx vertx;
    private final RoomHost host;
    private final Metrics metrics;
    private final HttpVerticle http;

    private Server(Vertx vertx, RoomHost host, Metrics metrics, HttpVerticle http) {
        this.vertx = vertx;
        this.host = host;
        this.metrics = metrics;
        this.http = http;
    }

    /**
     * @param blockedCheckMillis how often Vert.x checks for a blocked event loop, and how long an event-loop task may
     *                           run before it warns (serve: 2,000 ms, Vert.x's default; tests: 500 ms)
     */
    public static Future<Server> start(ServerConfig config, RoomEngineFactory factory, LibraryScenarioCatalog catalog,
                                       long blockedCheckMillis) {
        Metrics metrics = new Metrics();
        VertxOptions options = new VertxOptions().setPreferNativeTransport(true)
                .setBlockedThreadCheckInterval(blockedCheckMillis)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                // The same figure is the limit: an event-loop task running longer than it is reported (tests: 500 ms).
                .setMaxEventLoopExecuteTime(blockedCheckMillis).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(false)
                        // Event-bus meters are per address, and rooms have addresses per room: unbounded label
                        // cardinality, and a meter lookup on every delivery. The cascade_* meters cover the rooms.
                        .addDisabledMetricsCategory(io.vertx.micrometer.MetricsDomain.EVENT_BUS));
        Vertx vertx = Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(metrics.registry())).build();
        RoomHost host = new RoomHost(vertx, factory, metrics, config.roomIdleMillis(), config.maxRooms());
        // One HTTP/WebSocket verticle per event loop: Vert.x shares the listening socket among instances on the
        // same port and spreads connections over them, so sockets (and their fan-out work) use every core.
        java.util.List<HttpVerticle> https = new java.util.concurrent.CopyOnWriteArrayList<>();
        int instances = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        return vertx.deployVerticle(() -> {
            HttpVerticle v = new HttpVerticle(config, host, catalog, metrics, config.port());
            https.add(v);
            return v;
        }, new io.vertx.core.DeploymentOptions().setInstances(instances))
                .map(id -> {
                    // Native epoll where it loads (Linux x86-64/aarch64): fewer system calls per socket write than NIO.
                    LoggerFactory.getLogger(Server.class).info("network transport: {}", vertx.isNativeTransportEnabled()
                            ? "native epoll" : "Java NIO (native: " + vertx.unavailableNativeTransportCause() + ")");
                    return new Server(vertx, host, metrics, https.get(0));
                })
                .recover(e -> vertx.close().transform(v -> Future.failedFuture(e)));
    }

    public int port() {
        return http.actualPort();
    }

    public Vertx vertx() {
        return vertx;
    }

    public RoomHost rooms() {
        return host;
    }

    public Metrics metrics() {
        return metrics;
    }

    public Future<Void> close() {
        return vertx.close();
    }
}
