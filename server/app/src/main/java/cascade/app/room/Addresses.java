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

    /**
     * Everything the room streams, published as {@link StreamBatch}es: public market data and room status, each
     * player's private streams and the instructor's, addressed inside the batch. One address, so what one input
     * caused reaches a socket in the order the room produced it, and one delivery per gateway event loop.
     */
    public static String out(String roomCode) {
        return "room." + roomCode + ".out";
    }

    /** Control messages from a room to the sockets attached to it (kick, token reissued, room closed). */
    public static String control(String roomCode) {
        return "room." + roomCode + ".control";
    }
}
