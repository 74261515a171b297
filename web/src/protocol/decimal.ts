/**
 * Decimal strings as they travel on the wire (docs/api.md: money, prices, quantities and rates are never
 * JSON numbers). Each meaning gets its own brand so a quantity cannot be passed where a price is expected.
 * These are still strings: arithmetic happens in src/calc on exact fixed-point values.
 */
declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

/** USDT per BTC, e.g. "50123.4". */
export type PriceStr = Branded<string, 'PriceStr'>;
/** BTC, unsigned, e.g. "0.015". */
export type QtyStr = Branded<string, 'QtyStr'>;
/** BTC, signed position size (negative = short), e.g. "-0.250". */
export type SignedQtyStr = Branded<string, 'SignedQtyStr'>;
/** USDT amount (balances, PnL, margin, notional), e.g. "1250.000000". */
export type UsdtStr = Branded<string, 'UsdtStr'>;
/** Dimensionless rate or ratio, e.g. "0.0001" = 0.01 %. */
export type RateStr = Branded<string, 'RateStr'>;
/** Game nanoseconds since the room started, as a string (exceeds 2^53 in long rooms). */
export type GameTimeStr = Branded<string, 'GameTimeStr'>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

function decimal<T extends string>(v: unknown, what: string, allowNegative: boolean): T {
  if (typeof v !== 'string' || !DECIMAL.test(v)) {
    throw new ProtocolError(`${what}: expected a decimal string, got ${JSON.stringify(v)}`);
  }
  if (!allowNegative && v.startsWith('-')) {
    throw new ProtocolError(`${what}: must not be negative, got ${v}`);
  }
  return v as T;
}

export const priceStr = (v: unknown, what = 'price'): PriceStr => decimal<PriceStr>(v, what, false);
export const qtyStr = (v: unknown, what = 'qty'): QtyStr => decimal<QtyStr>(v, what, false);
export const signedQtyStr = (v: unknown, what = 'size'): SignedQtyStr => decimal<SignedQtyStr>(v, what, true);
export const usdtStr = (v: unknown, what = 'amount'): UsdtStr => decimal<UsdtStr>(v, what, true);
export const rateStr = (v: unknown, what = 'rate'): RateStr => decimal<RateStr>(v, what, true);
export function gameTimeStr(v: unknown, what = 'gameTime'): GameTimeStr {
  if (typeof v !== 'string' || !/^\d+$/.test(v)) {
    throw new ProtocolError(`${what}: expected an integer string, got ${JSON.stringify(v)}`);
  }
  return v as GameTimeStr;
}

/** True for "0", "0.000", "-0.0": a book level with this quantity is removed. */
export function isZeroDecimal(v: string): boolean {
  return /^-?0+(\.0+)?$/.test(v);
}
