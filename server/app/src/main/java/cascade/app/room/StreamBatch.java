package cascade.app.room;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a room publishes on its stream addresses: stream messages that left the room at the same moment, each
 * either public or addressed to one player. One batch is one event-bus message per node's event loop (the
 * gateway's fan-out, {@code cascade.app.ws.Fanout}), not one per socket: the room's cost of a publish does not
 * grow with the number of clients, and the messages of one batch reach each socket together (one flush).
 * Immutable once built, so the event bus hands the same instance to every local consumer.
 */
public final class StreamBatch {
    /** The recipient of the instructor's streams ({@code risk}); player ids are {@code p1, p2, …}. */
    public static final String INSTRUCTOR = "*instructor";
    private final List<StreamMessage> messages;
    /** Parallel to {@link #messages}: the player a message is for, or null for a public one. */
    private final List<String> recipients;

    private StreamBatch(List<StreamMessage> messages, List<String> recipients) {
        this.messages = messages;
        this.recipients = recipients;
    }

    /** A batch of one public message. */
    public static StreamBatch of(StreamMessage m) {
        return new StreamBatch(List.of(m), Collections.singletonList(null));
    }

    public int size() {
        return messages.size();
    }

    public StreamMessage message(int i) {
        return messages.get(i);
    }

    /** The player message {@code i} is for, {@link #INSTRUCTOR}, or null when it is public. */
    public String recipient(int i) {
        return recipients.get(i);
    }

    /** Collects messages on the room's context; {@link #build} hands them over and starts afresh. */
    public static final class Builder {
        private List<StreamMessage> messages = new ArrayList<>();
        private List<String> recipients = new ArrayList<>();

        public void add(StreamMessage m) {
            messages.add(m);
            recipients.add(null);
        }

        public void add(String playerId, StreamMessage m) {
            messages.add(m);
            recipients.add(playerId);
        }

        public boolean isEmpty() {
            return messages.isEmpty();
        }

        public StreamBatch build() {
            StreamBatch b = new StreamBatch(Collections.unmodifiableList(messages), Collections.unmodifiableList(recipients));
            messages = new ArrayList<>();
            recipients = new ArrayList<>();
            return b;
        }
    }

    /** Registers the no-copy local codec on this Vert.x instance (idempotent). */
    public static void registerCodec(Vertx vertx) {
        try {
            vertx.eventBus().registerDefaultCodec(StreamBatch.class, new LocalCodec());
        } catch (IllegalStateException alreadyRegistered) {
            // another RoomHost or gateway of the same Vert.x instance registered it first
        }
    }

    /** Local delivery only: the same immutable instance for every consumer. Not for the clustered bus. */
    private static final class LocalCodec implements MessageCodec<StreamBatch, StreamBatch> {
        @Override
        public void encodeToWire(Buffer buffer, StreamBatch m) {
            throw new UnsupportedOperationException("StreamBatch is delivered locally only");
        }

        @Override
        public StreamBatch decodeFromWire(int pos, Buffer buffer) {
            throw new UnsupportedOperationException("StreamBatch is delivered locally only");
        }

        @Override
        public StreamBatch transform(StreamBatch m) {
            return m;
        }

        @Override
        public String name() {
            return "cascade-stream-batch";
        }

        @Override
        public byte systemCodecID() {
            return -1;
        }
    }
}
