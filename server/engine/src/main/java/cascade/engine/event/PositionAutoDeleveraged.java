package cascade.engine.event;

import cascade.engine.command.Side;

/** A profitable opposite position was closed at the bankrupt position's bankruptcy price. */
public record PositionAutoDeleveraged(long accountId, long liquidationId, Side positionSide, long qtyLots, long priceTicks, long realizedPnlMicros) implements Event {
}
