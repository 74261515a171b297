package cascade.engine.event;

import cascade.engine.command.Side;

/** A liquidation and its whole waterfall (RULES.md steps 1–5), with its genealogy. */
public record PositionLiquidated(long liquidationId, long accountId, Side positionSide, long qtyLots, long markTicks, long liquidationPriceTicks, long bankruptcyPriceTicks, long filledLots, long filledNotionalMicros, long clearanceFeeMicros, long surplusToFundMicros, long takenOverLots, long adlLots, long socializedLots, Cause cause, int generation, long episodeId, long gameTimeNanos) implements Event {
}
