/**
 * Cascade's market engine: a deterministic, single-writer perpetual-futures exchange.
 *
 * <p>Contract: integer money (USDT micro-units), integer prices (ticks) and quantities (lots), rates in
 * parts per 10^8. No clock, no unseeded randomness, no hash-order iteration, no floating point in money.
 * Depends on nothing outside the JDK (the build enforces it).
 */
package cascade.engine;
