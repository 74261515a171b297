package cascade.engine.command;

/** CROSS: the whole wallet backs the position. ISOLATED: only the margin allocated to it. */
public enum MarginMode { CROSS, ISOLATED }
