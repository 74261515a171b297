package cascade.engine.risk;

/** A bracket as written in a rulebook or scenario: everything but {@code cum}, which is derived. */
public record BracketSpec(long floorMicros, long capMicros, int maxLeverage, long mmrE8) {
}
