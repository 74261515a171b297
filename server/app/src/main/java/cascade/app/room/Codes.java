package cascade.app.room;

/**
 * Hosting-level error codes (docs/api.md) with their HTTP status. Engine rejections travel as their
 * {@link cascade.engine.event.RejectReason} name with status 400 (409 for state conflicts is not worth
 * distinguishing there: the code says it all).
 */
public enum Codes {
    PROTOCOL_BAD_JSON(400),
    PROTOCOL_UNKNOWN_TYPE(400),
    PROTOCOL_UNKNOWN_FIELD(400),
    PROTOCOL_BAD_FIELD(400),
    PROTOCOL_TOO_LARGE(413),
    PROTOCOL_RATE_LIMITED(429),
    PROTOCOL_NOT_AUTHENTICATED(401),
    AUTH_UNAUTHORIZED(401),
    AUTH_FORBIDDEN(403),
    ROOM_UNKNOWN(404),
    ROOM_NOT_RUNNING(409),
    ROOM_NICKNAME_TAKEN(409),
    ROOM_LOCKED(409),
    ROOM_FULL(409),
    ROOM_ENDED(409),
    ROOM_KICKED(403),
    SCENARIO_UNKNOWN(404),
    SCENARIO_INVALID(400),
    SERVER_ROOM_LIMIT(503),
    SERVER_UNAVAILABLE(503),
    HTTP_NOT_FOUND(404),
    HTTP_METHOD_NOT_ALLOWED(405),
    SERVER_ERROR(500);

    public final int status;

    /** HTTP status for a code the room produced (its own ROOM_* codes and engine rejections). */
    public static int statusOf(String code) {
        for (Codes c : values()) {
            if (c.name().equals(code)) {
                return c.status;
            }
        }
        if (code.equals("ROOM_BAD_STATE")) {
            return 409;
        }
        if (code.equals("ROOM_UNKNOWN_PLAYER")) {
            return 404;
        }
        if (code.startsWith("ROOM_BAD_") || code.equals("ROOM_LEVERAGE_CAP") || code.equals("ROOM_MARGIN_MODE_NOT_ALLOWED")) {
            return 400;
        }
        return code.startsWith("ROOM_") ? 409 : 400;
    }

    Codes(int status) {
        this.status = status;
    }
}
