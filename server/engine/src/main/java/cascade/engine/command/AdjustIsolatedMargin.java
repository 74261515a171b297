package cascade.engine.command;

/** Adds (&gt; 0) or removes (&lt; 0) margin of an isolated position. */
public record AdjustIsolatedMargin(long accountId, long deltaMicros) implements Command {
}
