package cascade.app.config;

/**
 * Validated server settings.
 *
 * @param publicUrl           base URL players open (e.g. behind a TLS proxy); empty = derived from host/port
 * @param roomIdleMillis      a room with no input and no connection for this long is closed
 * @param wsRatePerSecond     per-connection command rate (token bucket; burst = 2 × rate)
 * @param wsSlowConsumerMillis a socket whose write queue stays full this long is closed (SLOW_CONSUMER)
 * @param wsMaxPendingBytes   bytes written but not yet flushed to one socket before it is closed at once
 * @param wsCompressionLevel  permessage-deflate level offered to clients that ask (browsers do): 0 = off, 1 (default,
 *                            cheapest) … 9; docs/deploy.md weighs CPU against classroom bandwidth
 */
public record ServerConfig(int port, String host, String publicUrl, long roomIdleMillis, int maxRooms,
                           int wsRatePerSecond, long wsSlowConsumerMillis, long wsMaxPendingBytes,
                           int wsCompressionLevel) {

    public static ServerConfig defaults() {
        return ConfigLoader.load(java.util.Map.of(), java.util.Map.of(), null);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, host, publicUrl, roomIdleMillis, maxRooms, wsRatePerSecond,
                wsSlowConsumerMillis, wsMaxPendingBytes, wsCompressionLevel);
    }

    public ServerConfig withWsRate(int rate) {
        return new ServerConfig(port, host, publicUrl, roomIdleMillis, maxRooms, rate, wsSlowConsumerMillis,
                wsMaxPendingBytes, wsCompressionLevel);
    }

    public ServerConfig withSlowConsumer(long millis, long maxPendingBytes) {
        return new ServerConfig(port, host, publicUrl, roomIdleMillis, maxRooms, wsRatePerSecond, millis,
                maxPendingBytes, wsCompressionLevel);
    }

    public ServerConfig withWsCompression(int level) {
        return new ServerConfig(port, host, publicUrl, roomIdleMillis, maxRooms, wsRatePerSecond, wsSlowConsumerMillis,
                wsMaxPendingBytes, level);
    }
}
