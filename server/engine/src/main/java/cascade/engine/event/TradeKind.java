package cascade.engine.event;

/** NORMAL: a trader's order took liquidity. LIQUIDATION: the liquidation IOC. OFFLOAD: the insurance fund (or the socialized-loss house) working off inventory. */
public enum TradeKind { NORMAL, LIQUIDATION, OFFLOAD }
