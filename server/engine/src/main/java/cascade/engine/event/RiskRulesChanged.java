package cascade.engine.event;

/** Risk rules changed mid-game. */
public record RiskRulesChanged(int maxLeverageCap, long mmrMultiplierE8, boolean adlEnabled, boolean socializedLossEnabled) implements Event {
}
