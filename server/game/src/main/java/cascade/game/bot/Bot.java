package cascade.game.bot;

import cascade.engine.command.Command;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A market participant driven by the room's clock. Bots decide inside the room's step, from the market view
 * and their own seeded RNG, so a journal of the room's inputs reproduces everything they do.
 *
 * <p>Contract: {@link #decide} is called once per clock tick, in bot order, after the engine processed the
 * tick; it appends engine commands (for its own account only) to {@code out}, which the room applies
 * immediately in order. It must be cheap (≤ 5 µs per decision on average: most ticks a bot only checks its
 * own timer), allocation-light, and deterministic (no clock, no unseeded randomness, no hash iteration order).
 * All state that influences future decisions is written by {@link #writeState} and restored by
 * {@link #readState} on a bot built by the same factory call.
 */
public interface Bot {
    long accountId();

    BotType type();

    /** Collateral (micro-USDT) the room deposits for this bot at start. */
    long collateralMicros();

    /** Leverage the room sets for the account before the first tick. */
    int leverage();

    /** Whether the account trades in isolated margin (set before the first tick). */
    default boolean isolated() {
        return false;
    }

    void decide(BotContext ctx, List<Command> out);

    void writeState(DataOutput out) throws IOException;

    void readState(DataInput in) throws IOException;
}
