package cascade.engine.event;

/**
 * Why a liquidation happened (RULES.md "Cascade genealogy"). LIQUIDATION: another liquidation's fills moved
 * the last price; generation = parent's + 1. Every other kind is exogenous (generation 1): INDEX (the index,
 * e.g. a shock, moved the mark), TRADE (a trader's fills moved last price and the mark followed), FUNDING
 * (a funding payment), RISK_RULES (a leverage/MMR change), ACCOUNT (the trader's own action, e.g. margin removed).
 */
public enum CauseKind { LIQUIDATION, INDEX, TRADE, FUNDING, RISK_RULES, ACCOUNT }
