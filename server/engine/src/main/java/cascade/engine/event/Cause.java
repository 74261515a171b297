package cascade.engine.event;

/**
 * @param parentLiquidationId for LIQUIDATION: the liquidation whose fills caused this one; else 0
 * @param accountId           for TRADE: the account whose fills moved the price most; else 0
 * @param detail              human-readable, e.g. the shock that moved the index
 */
public record Cause(CauseKind kind, long parentLiquidationId, long accountId, String detail) {
}
