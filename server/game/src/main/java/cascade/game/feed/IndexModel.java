package cascade.game.feed;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A source of the "true" underlying index price, advanced on each clock tick. Prices in integer ticks of the
 * room's instrument; time in game nanoseconds since the room started.
 *
 * <p>Contract: {@link #nextTicks} is called with non-decreasing game times (any step ≥ 0; a step of 0 returns
 * the current price without consuming randomness). State bytes hold only what changes while running: restore
 * into an instance built from the same parameters (scenario) with {@link #readState}, and the continuation is
 * bit-for-bit identical.
 */
public interface IndexModel {

    /** Advances the model to {@code gameTimeNanos} and returns the new price in ticks (≥ 1). */
    long nextTicks(long gameTimeNanos);

    /** The price returned by the last {@link #nextTicks} (or the start price), in ticks. */
    long currentTicks();

    void writeState(DataOutput out) throws IOException;

    void readState(DataInput in) throws IOException;
}
