package cascade.engine.risk;

/**
 * One row of a margin bracket table (MECHANICS §1.2). Notional in USDT micro-units; {@code mmrE8} in parts
 * per 10^8; {@code cumMicros} is derived by the recursion in {@link BracketTable}, never typed in.
 *
 * @param number     1-based bracket number
 * @param floorMicros notional floor (inclusive)
 * @param capMicros   notional cap (exclusive, except for the last bracket where it is the position limit)
 */
public record Bracket(int number, long floorMicros, long capMicros, int maxLeverage, long mmrE8, long cumMicros) {
}
