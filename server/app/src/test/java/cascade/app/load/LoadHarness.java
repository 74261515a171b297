package cascade.app.load;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * On-demand load test (docs/load.md): N WebSocket players against a running server. Reports percentiles of
 * order-ack latency (client send → ack) and book-push delay (server {@code ts} → client receipt; same machine
 * or synchronised clocks), and counts sequence gaps. Not part of {@code verify}.
 *
 * <p>Usage: {@code LoadHarness [url=http://127.0.0.1:8080] [players=100] [seconds=30] [ordersPerSecond=2]
 * [scenario=calm] [rooms=1] [warmup=10] [compress=false]}: {@code compress=true} negotiates permessage-deflate as
 * browsers do; {@code players} spread round-robin over {@code rooms} rooms; orders flow
 * for {@code warmup + seconds} and only the last {@code seconds} are measured (a fresh JVM spends its first seconds
 * compiling, which is not what a class in its tenth minute sees).
 */
public final class LoadHarness {
    private final Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setPreferNativeTransport(true));
    /** A field, not a local: Vert.x 5 closes unreachable clients (STACK.md). */
    private final WebSocketClient ws;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final List<Long> ackNanos = new ArrayList<>();
    private final List<Long> bookMillis = new ArrayList<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong receivedChars = new AtomicLong();
    private volatile int measuredSeconds;
    private final List<WebSocket> sockets = new ArrayList<>();
    private final List<Context> contexts = new ArrayList<>();
    /** Samples taken before the end of the warm-up are not reported (written before any socket sends). */
    private volatile long measureFromNanos = Long.MAX_VALUE;
    private volatile long measureFromMillis = Long.MAX_VALUE;

    private LoadHarness(URI base, int players, boolean compress) {
        this.base = base;
        this.ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(players + 10)
                .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 22).setTryUsePerMessageCompression(compress));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("url", "http://127.0.0.1:8080", "players", "100", "seconds", "30",
                "ordersPerSecond", "2", "scenario", "calm", "rooms", "1", "warmup", "10", "compress", "false"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int players = Integer.parseInt(a.get("players"));
        checkOpenFiles(players);
        LoadHarness h = new LoadHarness(URI.create(a.get("url")), players, Boolean.parseBoolean(a.get("compress")));
        try {
            h.run(players, Integer.parseInt(a.get("rooms")), Integer.parseInt(a.get("warmup")),
                    Integer.parseInt(a.get("seconds")), Double.parseDouble(a.get("ordersPerSecond")), a.get("scenario"));
        } finally {
            h.vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private void run(int players, int roomCount, int warmup, int seconds, double rate, String scenario) throws Exception {
        List<String> codes = new ArrayList<>();
        List<String> instructors = new ArrayList<>();
        int perRoom = (players + roomCount - 1) / roomCount;
        for (int r = 0; r < roomCount; r++) {
            JsonObject room = post("/api/v1/rooms", new JsonObject().put("scenarioId", scenario), null);
            codes.add(room.getString("roomCode"));
            instructors.add(room.getString("instructorToken"));
            post("/api/v1/rooms/" + codes.get(r) + "/control", new JsonObject().put("action", "playerCap")
                    .put("value", Math.max(perRoom, 1)), instructors.get(r));
        }
        System.out.printf("rooms %s (%s), %d players, warm-up %d s, measured %d s, %.1f orders/s each%n", codes, scenario,
                players, warmup, seconds, rate);
        for (int i = 0; i < players; i++) {
            String code = codes.get(i % roomCount);
            JsonObject p = post("/api/v1/rooms/" + code + "/join", new JsonObject().put("nickname", "load" + i), null);
            sockets.add(connect(code, p.getString("playerToken")));
        }
        for (int r = 0; r < roomCount; r++) {
            post("/api/v1/rooms/" + codes.get(r) + "/control", new JsonObject().put("action", "start"), instructors.get(r));
        }
        measureFromNanos = System.nanoTime() + warmup * 1_000_000_000L;
        measureFromMillis = System.currentTimeMillis() + warmup * 1000L;
        measuredSeconds = seconds;
        seconds += warmup;
        Random rnd = new Random(1);
        long periodMs = Math.max(1, Math.round(1000 / rate));
        long end = System.currentTimeMillis() + seconds * 1000L;
        for (int i = 0; i < sockets.size(); i++) {
            WebSocket s = sockets.get(i);
            Random own = new Random(rnd.nextLong());
            long first = own.nextInt((int) periodMs) + 1;
            // The timer runs on the socket's own event loop, so the send time is taken where the write happens.
            contexts.get(i).runOnContext(v -> vertx.setPeriodic(first, periodMs, id -> {
                if (System.currentTimeMillis() > end) {
                    vertx.cancelTimer(id);
                    return;
                }
                String side = own.nextBoolean() ? "BUY" : "SELL";
                s.writeTextMessage("{\"type\":\"placeOrder\",\"id\":\"" + System.nanoTime() + "\",\"side\":\"" + side
                        + "\",\"orderType\":\"MARKET\",\"qty\":\"0.001\"}");
            }));
        }
        Thread.sleep(seconds * 1000L + 3000);
        report();
    }

    private WebSocket connect(String code, String token) throws Exception {
        WebSocket s = ws.connect(new WebSocketConnectOptions().setAbsoluteURI(base.toString().replaceFirst("^http", "ws")
                + "/ws")).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        Map<String, Long> seqs = new HashMap<>();
        java.util.concurrent.CompletableFuture<Context> own = new java.util.concurrent.CompletableFuture<>();
        // Raw bytes, read as Latin-1: the envelope is ASCII, and skipping UTF-8 decoding of every message keeps the
        // load tool (sharing the machine with the server) cheap.
        s.handler(b -> {
            own.complete(Vertx.currentContext());
            onMessage(b.toString(java.nio.charset.StandardCharsets.ISO_8859_1), seqs);
        });
        s.writeTextMessage(new JsonObject().put("type", "hello").put("v", 1).put("room", code).put("token", token).encode());
        contexts.add(own.get(10, TimeUnit.SECONDS)); // the welcome arrived on the socket's context
        return s;
    }

    /**
     * Runs on the socket's event loop; the lists are guarded by {@code this}. Reads only the envelope fields it
     * needs by scanning the text: decoding every message into a map would make the load tool, which shares the
     * machine with the server, the bottleneck it is measuring.
     */
    private void onMessage(String m, Map<String, Long> seqs) {
        long now = System.nanoTime();
        if (now - measureFromNanos >= 0) {
            received.incrementAndGet();
            receivedChars.addAndGet(m.length());
        }
        String type = field(m, "\"type\":\"", '"');
        if ("ack".equals(type) || "error".equals(type)) {
            String id = field(m, "\"id\":\"", '"');
            if (id != null && !id.isEmpty() && id.chars().allMatch(Character::isDigit)) {
                long sent = Long.parseLong(id);
                if (sent - measureFromNanos >= 0) {
                    synchronized (this) {
                        ackNanos.add(now - sent);
                    }
                }
            }
            if ("error".equals(type) && now - measureFromNanos >= 0) {
                errors.computeIfAbsent(field(m, "\"code\":\"", '"'), k -> new AtomicLong()).incrementAndGet();
            }
            return;
        }
        String stream = field(m, "\"stream\":\"", '"');
        String seqText = field(m, "\"seq\":", ',');
        if (stream != null && seqText != null) {
            long seq = Long.parseLong(seqText);
            Long last = seqs.put(stream, seq);
            if (last != null && seq != last + 1) {
                gaps.incrementAndGet();
            }
            if ("book".equals(stream)) {
                long ts = Long.parseLong(field(m, "\"ts\":", ','));
                if (ts >= measureFromMillis) {
                    synchronized (this) {
                        bookMillis.add(System.currentTimeMillis() - ts);
                    }
                }
            }
        }
    }

    /** The text after {@code key} up to {@code end} (the envelope fields come before {@code data}). */
    private static String field(String m, String key, char end) {
        int i = m.indexOf(key);
        if (i < 0) {
            return null;
        }
        int from = i + key.length();
        int to = m.indexOf(end, from);
        return to < 0 ? null : m.substring(from, to);
    }

    private synchronized void report() {
        System.out.println("order acks: " + percentiles(ackNanos, 1_000_000.0, "ms"));
        System.out.println("book pushes: " + percentiles(bookMillis, 1.0, "ms"));
        System.out.println("sequence gaps: " + gaps.get());
        System.out.printf("messages received: %.0f/s (%.1f per player per second)%n",
                received.get() / (double) measuredSeconds, received.get() / (double) measuredSeconds / sockets.size());
        System.out.printf("payload received (uncompressed): %.1f KB/s per player%n",
                receivedChars.get() / 1000.0 / measuredSeconds / sockets.size());
        System.out.println("errors by code: " + errors);
    }

    private static String percentiles(List<Long> values, double div, String unit) {
        if (values.isEmpty()) {
            return "none";
        }
        List<Long> v = new ArrayList<>(values);
        v.sort(null);
        return String.format("n=%d p50=%.2f%s p90=%.2f%s p99=%.2f%s max=%.2f%s", v.size(),
                v.get(v.size() / 2) / div, unit, v.get(v.size() * 9 / 10) / div, unit,
                v.get(Math.min(v.size() - 1, v.size() * 99 / 100)) / div, unit, v.get(v.size() - 1) / div, unit);
    }

    private JsonObject post(String path, JsonObject body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
        }
        return new JsonObject(r.body());
    }

    /** Each socket is a file descriptor on both ends; Linux's default soft limit is often 1024. */
    private static void checkOpenFiles(int players) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    long soft = Long.parseLong(line.split("\\s+")[3]);
                    if (soft < players + 200L) {
                        System.out.println("open-file limit " + soft + " is too low for " + players + " players: run "
                                + "`ulimit -n 65535` in this shell (and for the server: ulimit before starting it, or "
                                + "LimitNOFILE=65535 in its systemd unit), then retry");
                        System.exit(2);
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("could not read the open-file limit (" + e.getMessage() + "); if sockets fail, raise it "
                    + "with `ulimit -n 65535`");
        }
    }
}
