package cascade.app.config;

/**
 * Validated server settings.
 *
 * @param publicUrl           base URL players open (e.g. behind a TLS proxy); empty = derived from host/port
 * @param roomIdleMillis      a room with no input and no connection for this long is closed
 * @param wsRatePerSecond     per-connection command rate (token bucket; burst = 2 × rate)
 * @param wsSlowConsumerMillis a socket whose write queue stays full this long is closed (SLOW_CONSUMER)
 * @param wsMaxPendingBytes   bytes written but not yet flushed to one socket before it is closed at once
 */
public record ServerConfig(int port, String host, String publicUrl, long roomIdleMillis, int maxRooms,
                           int wsRatePerSecond, long wsSlowConsumerMillis, long wsMaxPendingBytes) {

    public static ServerConfig defaults() {
        return ConfigLoader.load(java.util.Map.of(), java.util.Map.of(), null);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, host, publicUrl, roomIdleMillis, maxRooms, wsRatePerSecond,
                wsSlowConsumerMillis, wsMaxPendingBytes);
    }

    public ServerConfig withWsRate(int rate) {
        return new ServerConfig(port, host, publicUrl, roomIdleMillis, maxRooms, rate, wsSlowConsumerMillis,
                wsMaxPendingBytes);
    }

    public ServerConfig withSlowConsumer(long millis, long maxPendingBytes) {
        return new ServerConfig(port, host, publicUrl, roomIdleMillis, maxRooms, wsRatePerSecond, millis,
                maxPendingBytes);
    }
}
