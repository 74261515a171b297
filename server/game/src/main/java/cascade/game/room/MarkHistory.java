package cascade.game.room;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** The mark at each of the last {@value #CAPACITY} game-seconds, for bots' highs and lows. */
final class MarkHistory {
    static final int CAPACITY = 3600;
    private final long[] marks = new long[CAPACITY];
    private int count;
    private int head;

    void add(long markTicks) {
        marks[head] = markTicks;
        head = (head + 1) % CAPACITY;
        count = Math.min(CAPACITY, count + 1);
    }

    long high(int seconds, long fallback) {
        long best = fallback;
        for (int i = 0, n = Math.min(seconds, count); i < n; i++) {
            best = Math.max(best, marks[Math.floorMod(head - 1 - i, CAPACITY)]);
        }
        return best;
    }

    long low(int seconds, long fallback) {
        long best = fallback;
        for (int i = 0, n = Math.min(seconds, count); i < n; i++) {
            best = Math.min(best, marks[Math.floorMod(head - 1 - i, CAPACITY)]);
        }
        return best;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(count); // logical content only, oldest first, so a restored copy writes the same bytes
        for (int i = 0; i < count; i++) {
            out.writeLong(marks[Math.floorMod(head - count + i, CAPACITY)]);
        }
    }

    void read(DataInput in) throws IOException {
        int n = in.readInt();
        count = 0;
        head = 0;
        for (int i = 0; i < n; i++) {
            add(in.readLong());
        }
    }
}
