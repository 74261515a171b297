package cascade.engine.event;

import cascade.engine.command.MarginMode;

/** An account's state after a command changed it (at most once per account per command). Prices 0 = none. */
public record AccountUpdated(long accountId, long walletMicros, long isolatedMarginMicros, long positionLots, long entryNotionalMicros, long orderMarginMicros, int leverage, MarginMode mode, long liquidationPriceTicks, long bankruptcyPriceTicks, boolean bankrupt) implements Event {
}
