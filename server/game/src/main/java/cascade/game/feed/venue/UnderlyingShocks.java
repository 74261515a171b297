package cascade.game.feed.venue;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Index-move shocks as a multiplicative offset on the underlying, kept in log terms so that moves compose.
 * {@code step(p)} adds {@code ln(1 + p)} at once; {@code moveBy(p, over)} adds it linearly in game time from
 * the moment it is issued until {@code over} later (a drift added to whatever the model does). Moves may
 * overlap; completed ones are folded into one number. Percentages in parts per 10^8 of the price
 * (−8 % = −8,000,000).
 */
final class UnderlyingShocks {
    private record Move(long startNanos, long endNanos, double logTotal) {
    }

    private double settledLog;
    private final List<Move> active = new ArrayList<>();

    void step(long pctE8) {
        settledLog += logOf(pctE8);
    }

    void moveBy(long pctE8, long nowNanos, long overNanos) {
        if (overNanos <= 0) {
            step(pctE8);
        } else {
            active.add(new Move(nowNanos, nowNanos + overNanos, logOf(pctE8)));
        }
    }

    private static double logOf(long pctE8) {
        if (pctE8 <= -100_000_000L) {
            throw new IllegalArgumentException("index move must be > −100 %, got " + pctE8 + " E8");
        }
        return StrictMath.log1p(pctE8 / 1e8);
    }

    /** The log offset at {@code nowNanos}; moves that have finished are folded into the settled part. */
    double logOffset(long nowNanos) {
        double partial = 0;
        for (int i = 0; i < active.size(); ) {
            Move m = active.get(i);
            if (nowNanos >= m.endNanos()) {
                settledLog += m.logTotal();
                active.remove(i);
            } else {
                if (nowNanos > m.startNanos()) {
                    partial += m.logTotal() * (nowNanos - m.startNanos()) / (double) (m.endNanos() - m.startNanos());
                }
                i++;
            }
        }
        return settledLog + partial;
    }

    void writeState(DataOutput out) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(settledLog));
        out.writeInt(active.size());
        for (Move m : active) {
            out.writeLong(m.startNanos());
            out.writeLong(m.endNanos());
            out.writeLong(Double.doubleToRawLongBits(m.logTotal()));
        }
    }

    void readState(DataInput in) throws IOException {
        settledLog = Double.longBitsToDouble(in.readLong());
        active.clear();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            active.add(new Move(in.readLong(), in.readLong(), Double.longBitsToDouble(in.readLong())));
        }
    }
}
