package cascade.app.room;

import cascade.app.auth.RoomCodes;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;

/**
 * How adapters talk to a room: a request to {@link Addresses#in} that always completes with a {@link Reply}
 * (unknown room, timeout and transport failures become error replies), so handlers have one shape to map.
 */
public final class RoomClient {
    static final long TIMEOUT_MS = 5_000;
    private final EventBus bus;
    private final DeliveryOptions options = new DeliveryOptions().setSendTimeout(TIMEOUT_MS);

    public RoomClient(EventBus bus) {
        this.bus = bus;
    }

    public Future<JsonObject> request(String roomCode, JsonObject body) {
        if (!RoomCodes.valid(roomCode)) {
            return Future.succeededFuture(Reply.error(Codes.ROOM_UNKNOWN, "no room " + clip(roomCode)));
        }
        return bus.<JsonObject>request(Addresses.in(roomCode), body, options).map(m -> m.body())
                .recover(e -> Future.succeededFuture(failure(roomCode, e)));
    }

    private static JsonObject failure(String code, Throwable e) {
        if (e instanceof ReplyException r && r.failureType() == ReplyFailure.NO_HANDLERS) {
            return Reply.error(Codes.ROOM_UNKNOWN, "no room " + code);
        }
        return Reply.error(Codes.SERVER_UNAVAILABLE, "room " + code + " did not answer");
    }

    private static String clip(String s) {
        return s == null ? "null" : s.length() > 12 ? s.substring(0, 12) + "…" : s;
    }
}
