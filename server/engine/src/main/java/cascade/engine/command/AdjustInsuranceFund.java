package cascade.engine.command;

/** Instructor top-up (&gt; 0) or drain (&lt; 0) of the insurance fund; counted as external money. */
public record AdjustInsuranceFund(long deltaMicros) implements Command {
}
