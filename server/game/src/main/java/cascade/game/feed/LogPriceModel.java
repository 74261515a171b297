package cascade.game.feed;

import cascade.game.rng.SeededRandom;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Base for continuous models that evolve the natural log of the price (in ticks) in double precision. The
 * price leaving the model is {@link PriceTicks#round} of {@code exp(logTicks)}. Subclasses supply the log
 * increment for a step of {@code dtYears} and may add their own state.
 */
abstract class LogPriceModel implements IndexModel {
    protected final SeededRandom rng;
    private double logTicks;
    private long lastNanos;
    private long currentTicks;

    protected LogPriceModel(long startTicks, long seed) {
        if (startTicks < 1) {
            throw new IllegalArgumentException("start price must be at least 1 tick, got " + startTicks);
        }
        this.rng = new SeededRandom(seed);
        this.logTicks = StrictMath.log(startTicks);
        this.currentTicks = startTicks;
    }

    /** The log-price change over {@code dtYears} (> 0), drawing from {@link #rng}. */
    protected abstract double logIncrement(double dtYears, long dtNanos);

    @Override
    public final long nextTicks(long gameTimeNanos) {
        long dt = gameTimeNanos - lastNanos;
        if (dt < 0) {
            throw new IllegalArgumentException("game time went backwards: " + gameTimeNanos + " < " + lastNanos);
        }
        if (dt == 0) {
            return currentTicks;
        }
        lastNanos = gameTimeNanos;
        logTicks += logIncrement(dt / PriceTicks.NANOS_PER_YEAR, dt);
        // keep the log inside a range where exp() stays finite and ≥ 1 tick
        logTicks = Math.max(0, Math.min(logTicks, 80));
        currentTicks = PriceTicks.round(StrictMath.exp(logTicks));
        return currentTicks;
    }

    @Override
    public final long currentTicks() {
        return currentTicks;
    }

    /** Game time of the last step, nanoseconds. */
    public final long lastNanos() {
        return lastNanos;
    }

    @Override
    public final void writeState(DataOutput out) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(logTicks));
        out.writeLong(lastNanos);
        out.writeLong(currentTicks);
        rng.writeState(out);
        writeExtra(out);
    }

    @Override
    public final void readState(DataInput in) throws IOException {
        logTicks = Double.longBitsToDouble(in.readLong());
        lastNanos = in.readLong();
        currentTicks = in.readLong();
        rng.readState(in);
        readExtra(in);
    }

    protected void writeExtra(DataOutput out) throws IOException {
    }

    protected void readExtra(DataInput in) throws IOException {
    }
}
