package cascade.engine.command;

/**
 * Mid-game rule changes (shocks): a cap on max leverage (0 = unchanged), an MMR multiplier in parts per
 * 10^8 (0 = unchanged; 10^8 = back to the scenario's table), ADL and socialized loss switches (null =
 * unchanged). Positions are re-indexed at once: a higher MMR can liquidate accounts on the next tick.
 */
public record ChangeRiskRules(int maxLeverageCap, long mmrMultiplierE8, Boolean adlEnabled,
                              Boolean socializedLossEnabled) implements Command {
}
