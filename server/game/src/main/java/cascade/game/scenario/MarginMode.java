package cascade.game.scenario;

/** Margin modes a scenario may allow players (RULES.md: cross backs with the wallet, isolated with allocated margin). */
public enum MarginMode { CROSS, ISOLATED }
