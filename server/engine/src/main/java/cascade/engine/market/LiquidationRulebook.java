package cascade.engine.market;

import cascade.engine.event.Cause;

/**
 * What happens when an account's margin balance ≤ maintenance margin. One implementation per venue style:
 * {@link BinanceRulebook} (the default, RULES.md steps 1–5); a Hyperliquid-style one (partial 20 % slices,
 * backstop vault) can be added behind this interface.
 */
interface LiquidationRulebook {
    /** Liquidates {@code a} at the current mark (the caller has established it is liquidatable). */
    void liquidate(Account a, Cause cause, int generation);
}
