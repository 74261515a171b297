package cascade.app.ws;

import cascade.app.metrics.Metrics;
import cascade.app.room.Addresses;
import cascade.app.room.StreamBatch;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One gateway event loop's subscriptions to rooms. However many of its sockets watch a room, the loop holds one
 * consumer of the room's {@link Addresses#out} (and {@link Addresses#control}); each {@link StreamBatch} arrives
 * once and is handed to the local connections it concerns: public messages to all of them, a player's messages
 * to that player's connections, the instructor's to instructor connections. A room's publish therefore costs the
 * room one delivery per event loop, not one per socket, and the fan-out runs on the sockets' own loops.
 *
 * <p>Confined to the gateway's event loop (connections are attached from their socket handlers, which run on it).
 */
final class Fanout {
    private final Vertx vertx;
    private final Metrics metrics;
    private final Map<String, Room> rooms = new HashMap<>();

    Fanout(Vertx vertx, Metrics metrics) {
        this.vertx = vertx;
        this.metrics = metrics;
    }

    /** Starts delivering room {@code code}'s streams to {@code c} (its role and player id are read from it). */
    void attach(Connection c, String code) {
        rooms.computeIfAbsent(code, Room::new).add(c);
    }

    void detach(Connection c, String code) {
        Room r = rooms.get(code);
        if (r != null && r.remove(c)) {
            r.close();
            rooms.remove(code);
        }
    }

    private final class Room {
        private final List<MessageConsumer<?>> consumers = new ArrayList<>(2);
        /** Copy-on-write: a connection closing while a batch is delivered does not disturb the iteration. */
        private Connection[] all = new Connection[0];
        private final Map<String, Connection[]> byRecipient = new HashMap<>();

        Room(String code) {
            consumers.add(vertx.eventBus().<StreamBatch>localConsumer(Addresses.out(code), m -> deliver(m.body())));
            consumers.add(vertx.eventBus().<JsonObject>localConsumer(Addresses.control(code), m -> control(m.body())));
            metrics.roomSubscriptions.incrementAndGet();
        }

        void add(Connection c) {
            all = plus(all, c);
            String to = c.recipient();
            if (to != null) {
                byRecipient.put(to, plus(byRecipient.getOrDefault(to, new Connection[0]), c));
            }
        }

        /** @return true when no connection is left */
        boolean remove(Connection c) {
            all = minus(all, c);
            String to = c.recipient();
            if (to != null) {
                Connection[] left = minus(byRecipient.getOrDefault(to, new Connection[0]), c);
                if (left.length == 0) {
                    byRecipient.remove(to);
                } else {
                    byRecipient.put(to, left);
                }
            }
            return all.length == 0;
        }

        void close() {
            consumers.forEach(MessageConsumer::unregister);
            metrics.roomSubscriptions.decrementAndGet();
        }

        private void deliver(StreamBatch b) {
            Connection[] everyone = all;
            for (int i = 0; i < b.size(); i++) {
                String to = b.recipient(i);
                Connection[] targets = to == null ? everyone : byRecipient.get(to);
                if (targets != null) {
                    for (Connection c : targets) {
                        c.stream(b.message(i));
                    }
                }
            }
        }

        private void control(JsonObject event) {
            for (Connection c : all) {
                c.control(event);
            }
        }
    }

    private static Connection[] plus(Connection[] a, Connection c) {
        Connection[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = c;
        return b;
    }

    private static Connection[] minus(Connection[] a, Connection c) {
        int i = Arrays.asList(a).indexOf(c);
        if (i < 0) {
            return a;
        }
        Connection[] b = new Connection[a.length - 1];
        System.arraycopy(a, 0, b, 0, i);
        System.arraycopy(a, i + 1, b, i, a.length - i - 1);
        return b;
    }
}
