package cascade.app.room;

import cascade.app.auth.RoomCodes;
import cascade.app.auth.Tokens;
import cascade.app.metrics.Metrics;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's rooms: creates each as its own {@link RoomVerticle} deployment (so each gets its own event-loop
 * context) and keeps the directory {@code code → deployment, instructor token hash}. Thread-safe. The directory
 * is what becomes a Hazelcast map when the cluster lands; nothing outside this class touches a room except
 * through the event bus.
 */
public final class RoomHost {
    /** A directory entry: enough to route, list an instructor's rooms and undeploy. */
    public record Entry(String code, String scenarioId, String title, String instructorTokenHash, long createdAtMillis,
                        String deploymentId) {
    }

    /** What the creator gets back once, in clear: the instructor token is not stored anywhere. */
    public record Created(String code, String instructorToken) {
    }

    private final Vertx vertx;
    private final RoomEngineFactory factory;
    private final Metrics metrics;
    private final long idleMillis;
    private final int maxRooms;
    private final Map<String, Entry> rooms = new ConcurrentHashMap<>();
    private final SecureRandom seeds = new SecureRandom();

    public RoomHost(Vertx vertx, RoomEngineFactory factory, Metrics metrics, long idleMillis, int maxRooms) {
        this.vertx = vertx;
        StreamBatch.registerCodec(vertx);
        this.factory = factory;
        this.metrics = metrics;
        this.idleMillis = idleMillis;
        this.maxRooms = maxRooms;
    }

    /** Fails with {@link IllegalStateException} when the node is full; the scenario error when it cannot be built. */
    public Future<Created> create(String scenarioId, String title) {
        if (rooms.size() >= maxRooms) {
            return Future.failedFuture(new IllegalStateException("this server hosts its maximum of " + maxRooms + " rooms"));
        }
        String code;
        do {
            code = RoomCodes.newCode();
        } while (rooms.containsKey(code));
        String token = Tokens.newToken();
        RoomSettings s = new RoomSettings(code, scenarioId, title, seeds.nextLong(), Tokens.hash(token), idleMillis);
        String c = code;
        // Reserve the code before the deployment finishes so two creations cannot pick it.
        rooms.put(c, new Entry(c, scenarioId, title, s.instructorTokenHash(), System.currentTimeMillis(), null));
        return vertx.deployVerticle(new RoomVerticle(s, factory, metrics, this))
                .onFailure(e -> rooms.remove(c))
                .map(id -> {
                    rooms.computeIfPresent(c, (k, e) -> new Entry(c, scenarioId, title, e.instructorTokenHash(),
                            e.createdAtMillis(), id));
                    return new Created(c, token);
                });
    }

    public boolean exists(String code) {
        Entry e = rooms.get(code);
        return e != null && e.deploymentId() != null;
    }

    public List<Entry> all() {
        return rooms.values().stream().filter(e -> e.deploymentId() != null)
                .sorted(java.util.Comparator.comparingLong(Entry::createdAtMillis)).toList();
    }

    /** Rooms whose instructor token is {@code token}. */
    public List<Entry> ofInstructor(String token) {
        return all().stream().filter(e -> Tokens.matches(token, e.instructorTokenHash())).toList();
    }

    /** Undeploys a room (idle expiry or shutdown); sockets attached get a {@code closed} control message. */
    public Future<Void> close(String code) {
        Entry e = rooms.remove(code);
        if (e == null || e.deploymentId() == null) {
            return Future.succeededFuture();
        }
        return vertx.undeploy(e.deploymentId());
    }

    public int count() {
        return rooms.size();
    }
}
