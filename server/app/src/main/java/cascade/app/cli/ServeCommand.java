package cascade.app.cli;

import cascade.app.Server;
import cascade.app.config.ConfigException;
import cascade.app.config.ConfigKeys;
import cascade.app.config.ConfigLoader;
import cascade.app.config.ServerConfig;
import cascade.app.room.LibraryScenarioCatalog;
import cascade.app.room.GameRoomFactory;
import cascade.game.bot.DefaultBotFactory;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade serve}: runs the game server until interrupted. Exit code 2 on invalid configuration. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the game server (default command).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (env CASCADE_PORT, default 8080)")
    String port;
    @Option(names = "--host", description = "bind address (env CASCADE_HOST, default 0.0.0.0)")
    String host;
    @Option(names = "--public-url", description = "URL players open, e.g. behind a TLS proxy (env CASCADE_PUBLIC_URL)")
    String publicUrl;
    @Option(names = "--room-idle-minutes", description = "close rooms idle this long (env CASCADE_ROOM_IDLE_MINUTES, default 120)")
    String idle;
    @Option(names = "--max-rooms", description = "rooms this node hosts at most (env CASCADE_MAX_ROOMS, default 200)")
    String maxRooms;
    @Option(names = "--ws-rate", description = "WebSocket messages/s per connection (env CASCADE_WS_RATE_PER_SECOND, default 50)")
    String wsRate;
    @Option(names = "--ws-compression", description = "WebSocket permessage-deflate level, 0 = off, 1-9 "
            + "(env CASCADE_WS_COMPRESSION_LEVEL, default 1)")
    String wsCompression;
    @Option(names = "--config", description = "a .properties or .json file with the same settings")
    Path configFile;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        LibraryScenarioCatalog catalog;
        try {
            config = ConfigLoader.load(flags(), System.getenv(), configFile);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        catalog = new LibraryScenarioCatalog();
        Server server;
        try {
            server = Server.start(config, new GameRoomFactory(catalog, new DefaultBotFactory()), catalog, 2000)
                    .toCompletionStage().toCompletableFuture().get();
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("cannot start: " + e.getCause().getMessage());
            return 1;
        }
        Urls.print(config, server.port(), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close().toCompletionStage().toCompletableFuture().join();
            stopped.countDown();
        }, "cascade-shutdown"));
        stopped.await();
        return 0;
    }

    private Map<ConfigKeys, String> flags() {
        Map<ConfigKeys, String> m = new EnumMap<>(ConfigKeys.class);
        put(m, ConfigKeys.PORT, port);
        put(m, ConfigKeys.HOST, host);
        put(m, ConfigKeys.PUBLIC_URL, publicUrl);
        put(m, ConfigKeys.ROOM_IDLE_MINUTES, idle);
        put(m, ConfigKeys.MAX_ROOMS, maxRooms);
        put(m, ConfigKeys.WS_RATE_PER_SECOND, wsRate);
        put(m, ConfigKeys.WS_COMPRESSION_LEVEL, wsCompression);
        return m;
    }

    private static void put(Map<ConfigKeys, String> m, ConfigKeys k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
