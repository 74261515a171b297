/**
 * Exact fixed-point decimals: a bigint holding value × 10^8. Every money, price and quantity the screens
 * compute with goes through here; floats are kept for probabilities and chart coordinates only.
 * Distinct brands keep a price from being passed where a quantity or an amount is expected.
 */
declare const unit: unique symbol;
type Unit<B extends string> = bigint & { readonly [unit]: B };

/** USDT per BTC × 10^8. */
export type Price = Unit<'Price'>;
/** BTC × 10^8 (signed where a position size is meant). */
export type Qty = Unit<'Qty'>;
/** USDT × 10^8. */
export type Usdt = Unit<'Usdt'>;
/** Dimensionless × 10^8 (0.004 = 400000n). */
export type Rate = Unit<'Rate'>;

export const SCALE_DIGITS = 8;
export const ONE = 100_000_000n;

export type Rounding = 'down' | 'up' | 'halfUp' | 'floor' | 'ceil';

/** Integer division n / d with a rounding rule (`down`/`up` toward/away from zero). */
export function divRound(n: bigint, d: bigint, mode: Rounding): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  const neg = n < 0n;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return neg ? q - 1n : q + 1n;
    case 'floor':
      return neg ? q - 1n : q;
    case 'ceil':
      return neg ? q : q + 1n;
    case 'halfUp': {
      const twice = (r < 0n ? -r : r) * 2n;
      if (twice >= d) return neg ? q - 1n : q + 1n;
      return q;
    }
  }
}

/** Parses "123.45", "-0.001" exactly; more than 8 decimals are rounded half-up. */
export function parseFixed(s: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (!m) throw new RangeError(`not a decimal: ${JSON.stringify(s)}`);
  const neg = m[1] === '-';
  const frac = m[3] ?? '';
  let v: bigint;
  if (frac.length <= SCALE_DIGITS) {
    v = BigInt((m[2] ?? '0') + frac.padEnd(SCALE_DIGITS, '0'));
  } else {
    v = divRound(BigInt((m[2] ?? '0') + frac), 10n ** BigInt(frac.length - SCALE_DIGITS), 'halfUp');
  }
  return neg ? -v : v;
}

export const price = (s: string): Price => parseFixed(s) as Price;
export const qty = (s: string): Qty => parseFixed(s) as Qty;
export const usdt = (s: string): Usdt => parseFixed(s) as Usdt;
export const rate = (s: string): Rate => parseFixed(s) as Rate;

/** a × b for two scaled values, rounded. */
export function mulFixed(a: bigint, b: bigint, mode: Rounding = 'halfUp'): bigint {
  return divRound(a * b, ONE, mode);
}

/** a / b for two scaled values, rounded. */
export function divFixed(a: bigint, b: bigint, mode: Rounding = 'halfUp'): bigint {
  return divRound(a * ONE, b, mode);
}

/** Notional in USDT of a quantity at a price (sign of the quantity kept). */
export const notional = (p: Price, q: Qty, mode: Rounding = 'halfUp'): Usdt => mulFixed(p, q, mode) as Usdt;

/** Rounds a scaled value to `dp` decimals (still scaled). */
export function roundTo(v: bigint, dp: number, mode: Rounding = 'halfUp'): bigint {
  const step = 10n ** BigInt(SCALE_DIGITS - dp);
  return divRound(v, step, mode) * step;
}

/**
 * Formats a scaled value with exactly `dp` decimals, rounding by `mode`; thousands separated by `sep`
 * (default thin grouping with ","), `plus` adds "+" to positives.
 */
export function formatFixed(v: bigint, dp: number, opts: { mode?: Rounding; sep?: string; plus?: boolean } = {}): string {
  const r = divRound(v, 10n ** BigInt(SCALE_DIGITS - dp), opts.mode ?? 'halfUp');
  const neg = r < 0n;
  const digits = (neg ? -r : r).toString().padStart(dp + 1, '0');
  let int = digits.slice(0, digits.length - dp);
  const frac = dp > 0 ? '.' + digits.slice(digits.length - dp) : '';
  const sep = opts.sep ?? ',';
  if (sep) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = neg ? '-' : opts.plus && r > 0n ? '+' : '';
  return sign + int + frac;
}

/** Plain decimal string for the wire ("50000.1", no grouping), `dp` decimals. */
export const toWire = (v: bigint, dp: number, mode: Rounding = 'halfUp'): string => formatFixed(v, dp, { mode, sep: '' });

/** For charts and probabilities only: loses precision beyond ~15 significant digits. */
export const toNumber = (v: bigint): number => Number(v) / 1e8;

export const absFixed = <T extends bigint>(v: T): T => (v < 0n ? -v : v) as T;
export const minFixed = <T extends bigint>(a: T, b: T): T => (a < b ? a : b);
export const maxFixed = <T extends bigint>(a: T, b: T): T => (a > b ? a : b);
