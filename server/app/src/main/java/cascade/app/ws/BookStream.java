package cascade.app.ws;

import cascade.app.metrics.Metrics;
import cascade.app.room.StreamMessage;
import java.util.ArrayDeque;

/**
 * One connection's book stream: snapshot, then deltas newer than it. While a snapshot is on its way, deltas are
 * held (bounded); on arrival only deltas with {@code bookSeq} above the snapshot's are forwarded — safe because
 * the room's deltas carry absolute level totals. When the socket's write queue is full, deltas are skipped and
 * a fresh snapshot is sent once it drains: the slow client gets the latest state, never a backlog.
 */
final class BookStream {
    private static final int MAX_HELD = 64;
    private final Outbox out;
    private final Metrics metrics;
    private final Runnable requestSnapshot;
    private final ArrayDeque<StreamMessage> held = new ArrayDeque<>();
    private boolean awaitingSnapshot;
    private boolean stale;
    private long lastBookSeq = -1;

    BookStream(Outbox out, Metrics metrics, Runnable requestSnapshot) {
        this.out = out;
        this.metrics = metrics;
        this.requestSnapshot = requestSnapshot;
    }

    void snapshotRequested() {
        awaitingSnapshot = true;
        stale = false;
    }

    void snapshot(StreamMessage m) {
        awaitingSnapshot = false;
        lastBookSeq = m.bookSeq();
        out.stream(m);
        while (!held.isEmpty()) {
            forward(held.poll());
        }
    }

    void delta(StreamMessage m) {
        if (awaitingSnapshot) {
            if (held.size() < MAX_HELD) {
                held.add(m);
            } else {
                held.clear();
                requestSnapshot.run();
            }
            return;
        }
        if (stale) {
            if (!out.full()) {
                requestSnapshot.run(); // drained (the drain handler may not fire for our own byte count)
            }
            return;
        }
        if (out.full()) {
            stale = true;
            metrics.bookConflations.increment();
            return;
        }
        forward(m);
    }

    private void forward(StreamMessage m) {
        long seq = m.bookSeq();
        if (seq > lastBookSeq) {
            lastBookSeq = seq;
            out.stream(m);
        }
    }

    /** The socket can take writes again: replace what was skipped with the current book. */
    void drained() {
        if (stale && !awaitingSnapshot) {
            requestSnapshot.run();
        }
    }
}
