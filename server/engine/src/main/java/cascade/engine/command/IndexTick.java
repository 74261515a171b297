package cascade.engine.command;

/**
 * The clock: game time advances to {@code gameTimeNanos} (never backwards) and the index becomes
 * {@code indexTicks}. Runs the tick order of RULES.md: index → mark → funding if due → margin service →
 * insurance-fund offload. {@code cause} names what moved the index (e.g. a shock), for cascade genealogy;
 * may be empty.
 */
public record IndexTick(long gameTimeNanos, long indexTicks, String cause) implements Command {
    public IndexTick(long gameTimeNanos, long indexTicks) {
        this(gameTimeNanos, indexTicks, "");
    }
}
