/** Exact fractions n/d (d > 0) for the liquidation-price solve; no rounding until the final display. */
import { divRound, type Rounding } from './fixed';

export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError('ratio with zero denominator');
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

export const cmp = (a: Ratio, b: Ratio): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const rmax = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) >= 0 ? a : b);
export const rmin = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) <= 0 ? a : b);
export const sign = (a: Ratio): number => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);
export const round = (a: Ratio, mode: Rounding): bigint => divRound(a.n, a.d, mode);
