/** Display formatting. Exact values are formatted from fixed point; floats only for percentages of odds. */
import { formatFixed, type Price, type Qty, type Rate, type Usdt } from '../calc';

export const fmtPrice = (p: Price | null | undefined, dp = 1): string => (p === null || p === undefined ? '--' : formatFixed(p, dp));
export const fmtLiq = (p: Price | null | undefined): string => (p === null || p === undefined ? '--' : formatFixed(p, 2));
export const fmtQty = (q: Qty | null | undefined, dp = 3): string => (q === null || q === undefined ? '--' : formatFixed(q < 0n ? -q : q, dp));
export const fmtUsdt = (u: Usdt | null | undefined, dp = 2, plus = false): string => (u === null || u === undefined ? '--' : formatFixed(u, dp, { plus }));
/** Rate ×10^8 as percent: 0.0123 → "1.23 %". */
export const fmtPct = (r: Rate | null | undefined, dp = 2, plus = false): string =>
  r === null || r === undefined ? '--' : `${formatFixed(r * 100n, dp, { plus })} %`;
export function fmtOdds(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '--';
  if (p >= 0.9995) return '> 99.9 %';
  if (p > 0 && p < 0.001) return '< 0.1 %';
  return `${(p * 100).toFixed(1)} %`;
}
export const sideLabel = (size: bigint): 'LONG' | 'SHORT' | 'FLAT' => (size > 0n ? 'LONG' : size < 0n ? 'SHORT' : 'FLAT');
export const signClass = (v: bigint | number): string => (v > 0 ? 'pos' : v < 0 ? 'neg' : '');
export function fmtCompactUsd(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${(v / 1e9).toFixed(2)} B`;
  if (a >= 1e6) return `${(v / 1e6).toFixed(2)} M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(1)} k`;
  return v.toFixed(0);
}
