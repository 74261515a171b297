package cascade.app.room;

/**
 * Every event-bus address, defined once. A room is reached only through these: sockets and HTTP handlers never
 * hold a reference to a room object, so the room can later live on another cluster member.
 */
public final class Addresses {
    private Addresses() {
    }

    /** Requests to the room (request-reply, JSON). */
    public static String in(String roomCode) {
        return "room." + roomCode + ".in";
    }

    /** Public market data and room status, published by the room. */
    public static String out(String roomCode) {
        return "room." + roomCode + ".out";
    }

    /** One player's private streams. */
    public static String player(String roomCode, String playerId) {
        return "room." + roomCode + ".out." + playerId;
    }

    /** The room's instructor stream ({@code risk}). */
    public static String instructor(String roomCode) {
        return "room." + roomCode + ".instructor";
    }

    /** Control messages from a room to the sockets attached to it (kick, token reissued, room closed). */
    public static String control(String roomCode) {
        return "room." + roomCode + ".control";
    }
}
