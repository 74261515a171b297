package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What every bot shares: its account, wallet, leverage, instrument and own RNG. The RNG's state is written
 * before the subclass's, so {@link #writeState}/{@link #readState} always capture it.
 */
abstract class BaseBot implements Bot {
    static final long NANOS_PER_SECOND = Instrument.NANOS_PER_SECOND;

    final long accountId;
    final BotType type;
    final long collateralMicros;
    /** Not final: a bot may draw it from its RNG at construction, and then it is part of its state. */
    int leverage;
    final Instrument inst;
    final SeededRandom rng;

    BaseBot(long accountId, BotType type, long collateralMicros, int leverage, Instrument inst, SeededRandom rng) {
        this.accountId = accountId;
        this.type = type;
        this.collateralMicros = collateralMicros;
        // A venue's max leverage (a scenario's instrument.maxLeverage cap) binds bots as it binds people: a bot that
        // wants more trades at the maximum allowed rather than having its SetLeverage refused and sizing its orders
        // for a leverage the engine will not grant.
        this.leverage = Math.max(1, Math.min(leverage, inst.brackets().get(1).maxLeverage()));
        this.inst = inst;
        this.rng = rng;
    }

    @Override
    public final long accountId() {
        return accountId;
    }

    @Override
    public final BotType type() {
        return type;
    }

    @Override
    public final long collateralMicros() {
        return collateralMicros;
    }

    @Override
    public int leverage() {
        return leverage;
    }

    @Override
    public final void writeState(DataOutput out) throws IOException {
        rng.writeState(out);
        writeOwn(out);
    }

    @Override
    public final void readState(DataInput in) throws IOException {
        rng.readState(in);
        readOwn(in);
    }

    /** Every mutable field that influences future decisions, in a fixed order. */
    abstract void writeOwn(DataOutput out) throws IOException;

    abstract void readOwn(DataInput in) throws IOException;
}
