package cascade.game.sim;

/**
 * One seed's outcome. Money in micro-USDT, prices in ticks, drawdown in parts per 10^8. Everything but
 * {@code wallMillis} (timing) is a pure function of scenario and seed.
 *
 * @param liquidatedNotionalLongMicros notional of liquidated longs, at the mark of each liquidation
 * @param maxDrawdownE8                largest fall of the mark from its running peak
 * @param minDepthWithin1PctMicros     depth within ±1 % of mid (both sides, notional), sampled each game-minute:
 *                                     the thinnest minute
 */
public record SeedResult(long seed, long gameSeconds, long liquidations, long liquidatedNotionalLongMicros,
                         long liquidatedNotionalShortMicros, int maxGeneration, long priceLowTicks,
                         long maxDrawdownE8, long insuranceFundMinMicros, long adlCount,
                         long minDepthWithin1PctMicros, long socializedLossMicros, long wallMillis) {

    /** Field names in output order (CSV header, JSON keys). */
    static final String[] FIELDS = {"seed", "gameSeconds", "liquidations", "liquidatedNotionalLong",
        "liquidatedNotionalShort", "maxGeneration", "priceLow", "maxDrawdownPct", "insuranceFundMin", "adlCount",
        "minDepthWithin1Pct", "socializedLoss", "wallMillis"};
}
