package cascade.app.config;

import java.util.List;

/**
 * Every server setting in one place: its key in a config file, its environment variable and its flag.
 * Precedence (lowest first): default, config file, environment, command-line flag.
 */
public enum ConfigKeys {
    PORT("port", "CASCADE_PORT", "--port", "8080"),
    HOST("host", "CASCADE_HOST", "--host", "0.0.0.0"),
    PUBLIC_URL("publicUrl", "CASCADE_PUBLIC_URL", "--public-url", ""),
    ROOM_IDLE_MINUTES("roomIdleMinutes", "CASCADE_ROOM_IDLE_MINUTES", "--room-idle-minutes", "120"),
    MAX_ROOMS("maxRooms", "CASCADE_MAX_ROOMS", "--max-rooms", "200"),
    WS_RATE_PER_SECOND("wsRatePerSecond", "CASCADE_WS_RATE_PER_SECOND", "--ws-rate", "50"),
    WS_SLOW_CONSUMER_MILLIS("wsSlowConsumerMillis", "CASCADE_WS_SLOW_CONSUMER_MILLIS", "--ws-slow-consumer-ms", "5000"),
    WS_MAX_PENDING_KIB("wsMaxPendingKib", "CASCADE_WS_MAX_PENDING_KIB", "--ws-max-pending-kib", "4096"),
    WS_COMPRESSION_LEVEL("wsCompressionLevel", "CASCADE_WS_COMPRESSION_LEVEL", "--ws-compression", "1");

    public final String fileKey;
    public final String env;
    public final String flag;
    public final String defaultValue;

    ConfigKeys(String fileKey, String env, String flag, String defaultValue) {
        this.fileKey = fileKey;
        this.env = env;
        this.flag = flag;
        this.defaultValue = defaultValue;
    }

    public static List<String> fileKeys() {
        return java.util.Arrays.stream(values()).map(k -> k.fileKey).toList();
    }
}
