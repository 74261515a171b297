/**
 * Margin figures shown before and after an order (RULES.md "Margin and liquidation"). Requirements round
 * up, PnL rounds down (toward −∞), all in exact fixed point.
 */
import { maintenanceMargin, maxLeverageFor } from './brackets';
import { ONE, divRound, type Price, type Qty, type Rate, type Usdt } from './fixed';

export type OrderSide = 'BUY' | 'SELL';

/** Initial margin for a notional at a leverage: |N| / L rounded up. */
export function initialMargin(n: Usdt, leverage: number): Usdt {
  if (!Number.isInteger(leverage) || leverage < 1) throw new RangeError('leverage must be an integer ≥ 1');
  const a = n < 0n ? -n : n;
  return divRound(a, BigInt(leverage), 'ceil') as Usdt;
}

/** Notional of a quantity at a price, rounded up (used for requirements). */
export const notionalUp = (p: Price, q: Qty): Usdt => divRound((q < 0n ? -q : q) * p, ONE, 'ceil') as Usdt;

export interface OrderMarginInput {
  readonly qty: Qty;
  /** Limit price, or the expected fill price of a market order (best opposite level or mark). */
  readonly price: Price;
  readonly leverage: number;
  /** Taker fee rate for a market order, maker for a resting limit; 0 to ignore fees. */
  readonly feeRate?: Rate;
}

export interface OrderMargin {
  readonly notional: Usdt;
  readonly initialMargin: Usdt;
  readonly fee: Usdt;
  /** initialMargin + fee. */
  readonly required: Usdt;
  /** Bracket cap for this notional; leverage above it is rejected (RISK_LEVERAGE_EXCEEDS_BRACKET). */
  readonly maxLeverage: number;
  readonly leverageAllowed: boolean;
}

/** Required initial margin (plus the fee estimate) for an order at a leverage. */
export function requiredMargin(o: OrderMarginInput): OrderMargin {
  const n = notionalUp(o.price, o.qty);
  const im = initialMargin(n, o.leverage);
  const fee = divRound(n * (o.feeRate ?? 0n), ONE, 'ceil') as Usdt;
  const maxLeverage = maxLeverageFor(n);
  return { notional: n, initialMargin: im, fee, required: (im + fee) as Usdt, maxLeverage, leverageAllowed: o.leverage <= maxLeverage };
}

/** Unrealised PnL of a signed size (long > 0) from entry to mark, rounded toward −∞. */
export function unrealizedPnl(size: Qty, entry: Price, mark: Price): Usdt {
  return divRound(size * (mark - entry), ONE, 'floor') as Usdt;
}

/**
 * Return on equity = uPnL / initial margin, where initial margin = |size| × entry / leverage
 * (the exchanges' display convention). Rate ×10^8, e.g. 0.25 = 25 %. Null without a position.
 */
export function roe(size: Qty, entry: Price, mark: Price, leverage: number): Rate | null {
  if (size === 0n) return null;
  const im = initialMargin(notionalUp(entry, size), leverage);
  if (im === 0n) return null;
  return divRound(unrealizedPnl(size, entry, mark) * ONE, im, 'floor') as Rate;
}

/**
 * Margin ratio = maintenance / margin balance (MECHANICS §1.3); liquidation at ≥ 100 %. Returns null with
 * no maintenance (no position); a non-positive margin balance is reported as a ratio of +∞ (null-safe cap
 * at 10 = 1000 %).
 */
export function marginRatio(maintenance: Usdt, marginBalance: Usdt): Rate | null {
  if (maintenance <= 0n) return null;
  if (marginBalance <= 0n) return (10n * ONE) as Rate;
  const r = divRound(maintenance * ONE, marginBalance, 'ceil');
  return (r > 10n * ONE ? 10n * ONE : r) as Rate;
}

/** Maintenance margin of a position at the mark (bracket of its current notional). */
export const positionMaintenance = (size: Qty, mark: Price): Usdt => maintenanceMargin(notionalUp(mark, size));

/** Warning level shown as margin ratio rises: 0 calm, 1 ≥ 50 %, 2 ≥ 70 %, 3 ≥ 85 %, 4 ≥ 100 % (liquidation). */
export function marginWarningLevel(ratioRate: Rate | null): 0 | 1 | 2 | 3 | 4 {
  if (ratioRate === null) return 0;
  if (ratioRate >= ONE) return 4;
  if (ratioRate >= (ONE * 85n) / 100n) return 3;
  if (ratioRate >= (ONE * 70n) / 100n) return 2;
  if (ratioRate >= ONE / 2n) return 1;
  return 0;
}
