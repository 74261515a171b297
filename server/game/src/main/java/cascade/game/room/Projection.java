package cascade.game.room;

/**
 * What a what-if fork saw: liquidated notional (at the mark of each liquidation, micro-USDT) by side of
 * the liquidated position, the lowest mark and last price, the insurance fund at the end, ADL closures,
 * the deepest cascade generation, the liquidation count and socialized loss.
 */
public record Projection(long seconds, long liquidatedNotionalLongMicros, long liquidatedNotionalShortMicros,
                         long markLowTicks, long lastLowTicks, long insuranceFundLeftMicros, long adlCount,
                         int maxGeneration, long liquidations, long socializedLossMicros) {
}
