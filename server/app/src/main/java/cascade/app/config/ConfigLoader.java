package cascade.app.config;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Merges defaults, an optional config file (.properties or .json), the environment and flags, then validates.
 * The first problem found is thrown as a {@link ConfigException} naming the setting as the user wrote it.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /** A raw value and where it came from (the name to show in an error). */
    private record Raw(String value, String source) {
    }

    /**
     * @param flags keys given on the command line (value as typed)
     * @param env   the process environment (only CASCADE_* keys are read)
     * @param file  optional config file
     */
    public static ServerConfig load(Map<ConfigKeys, String> flags, Map<String, String> env, Path file) {
        Map<ConfigKeys, Raw> raw = new EnumMap<>(ConfigKeys.class);
        for (ConfigKeys k : ConfigKeys.values()) {
            raw.put(k, new Raw(k.defaultValue, k.fileKey));
        }
        if (file != null) {
            readFile(file).forEach((k, v) -> raw.put(k, new Raw(v, file.getFileName() + ": " + k.fileKey)));
        }
        for (ConfigKeys k : ConfigKeys.values()) {
            String v = env.get(k.env);
            if (v != null) {
                raw.put(k, new Raw(v, k.env));
            }
        }
        flags.forEach((k, v) -> raw.put(k, new Raw(v, k.flag)));

        int port = intIn(raw.get(ConfigKeys.PORT), 1, 65535, "1–65535");
        String host = raw.get(ConfigKeys.HOST).value().trim();
        if (host.isEmpty() || host.contains(" ")) {
            throw bad(raw.get(ConfigKeys.HOST), "must be an IP address or host name");
        }
        String publicUrl = publicUrl(raw.get(ConfigKeys.PUBLIC_URL));
        long idleMinutes = intIn(raw.get(ConfigKeys.ROOM_IDLE_MINUTES), 1, 7 * 24 * 60, "1–10080 (minutes)");
        int maxRooms = intIn(raw.get(ConfigKeys.MAX_ROOMS), 1, 100_000, "1–100000");
        int rate = intIn(raw.get(ConfigKeys.WS_RATE_PER_SECOND), 1, 1_000_000, "1–1000000 (messages/s)");
        long slowMs = intIn(raw.get(ConfigKeys.WS_SLOW_CONSUMER_MILLIS), 100, 600_000, "100–600000 (ms)");
        long pendingKib = intIn(raw.get(ConfigKeys.WS_MAX_PENDING_KIB), 64, 1_048_576, "64–1048576 (KiB)");
        int compression = intIn(raw.get(ConfigKeys.WS_COMPRESSION_LEVEL), 0, 9, "0–9 (0 = off)");
        return new ServerConfig(port, host, publicUrl, idleMinutes * 60_000, maxRooms, rate, slowMs, pendingKib * 1024,
                compression);
    }

    private static Map<ConfigKeys, String> readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("config: cannot read config file " + file + ": " + e.getMessage());
        }
        Map<ConfigKeys, String> out = new EnumMap<>(ConfigKeys.class);
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        if (text.stripLeading().startsWith("{")) {
            try {
                new JsonObject(text).forEach(e -> entries.put(e.getKey(), String.valueOf(e.getValue())));
            } catch (DecodeException e) {
                throw new ConfigException("config: " + file + " is not valid JSON: " + e.getMessage());
            }
        } else {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("config: " + file + " is not a valid properties file: " + e.getMessage());
            }
            p.stringPropertyNames().stream().sorted().forEach(k -> entries.put(k, p.getProperty(k)));
        }
        entries.forEach((k, v) -> {
            ConfigKeys key = java.util.Arrays.stream(ConfigKeys.values()).filter(c -> c.fileKey.equals(k)).findFirst()
                    .orElseThrow(() -> new ConfigException("config: " + file + ": unknown key \"" + k
                            + "\" (known: " + String.join(", ", ConfigKeys.fileKeys()) + ")"));
            out.put(key, v);
        });
        return out;
    }

    private static int intIn(Raw r, long min, long max, String range) {
        long v;
        try {
            v = Long.parseLong(r.value().trim());
        } catch (NumberFormatException e) {
            throw bad(r, "must be " + range);
        }
        if (v < min || v > max) {
            throw bad(r, "must be " + range);
        }
        return (int) v;
    }

    private static String publicUrl(Raw r) {
        String v = r.value().trim();
        if (v.isEmpty()) {
            return "";
        }
        try {
            URI u = new URI(v);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw bad(r, "must be an http:// or https:// URL");
            }
        } catch (URISyntaxException e) {
            throw bad(r, "must be an http:// or https:// URL");
        }
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    private static ConfigException bad(Raw r, String rule) {
        return new ConfigException("config: " + r.source() + " " + rule + ", got \"" + r.value() + "\"");
    }
}
