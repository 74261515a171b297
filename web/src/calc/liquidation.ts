/**
 * Liquidation and bankruptcy price of one one-way position (MECHANICS §1.3), isolated or cross, exact.
 * Mirrors the engine's LiquidationPrice: with K = WB − TMM1 + UPNL1, E = Q × EP, side +1 long / −1 short,
 * the root within bracket b is N_b = (K + cum_b − side × E) / (MMR_b − side) (notional at the LP).
 * Bracket re-selection tries every bracket once: a long's LP is the highest self-consistent N_b
 * (floor_b ≤ N_b < cap_b), a short's the lowest max(N_b, floor_b); this is the fixed point of
 * "compute, re-select, recompute" without an open-ended loop. Prices are reported rounded half-up to 0.01.
 */
import { BTCUSDT_BRACKETS, type Bracket } from './brackets';
import { ONE, type Price, type Qty, type Usdt } from './fixed';
import { cmp, ratio, rmax, rmin, round, sign, type Ratio } from './rational';

export type Side = 'LONG' | 'SHORT';
export type MarginMode = 'ISOLATED' | 'CROSS';

export interface PositionInput {
  readonly side: Side;
  /** Position size, > 0 (the side says the direction). */
  readonly qty: Qty;
  readonly entryPrice: Price;
  /** Isolated margin of the position, or the cross wallet balance. */
  readonly wallet: Usdt;
  readonly mode: MarginMode;
  /** Cross only: maintenance margin of the account's other positions (TMM1). */
  readonly otherMaintenance?: Usdt;
  /** Cross only: unrealised PnL of the account's other positions (UPNL1). */
  readonly otherUnrealizedPnl?: Usdt;
}

export interface LiquidationResult {
  /** Rounded half-up to 0.01; null = "--" (no positive liquidation price). */
  readonly liquidationPrice: Price | null;
  /** Rounded half-up to 0.01; null if ≤ 0. */
  readonly bankruptcyPrice: Price | null;
  /** Bracket in force at the liquidation price (after re-selection); 0 without one. */
  readonly bracket: number;
}

function requirePosition(p: PositionInput): void {
  if (p.qty <= 0n || p.entryPrice <= 0n) throw new RangeError('liquidation price: quantity and entry price must be positive');
}

/** K scaled ×10^16 (so that it adds to Q × EP, itself ×10^16). */
function kTimesOne(p: PositionInput): bigint {
  const isolated = p.mode === 'ISOLATED';
  const tmm = isolated ? 0n : (p.otherMaintenance ?? 0n);
  const upnl = isolated ? 0n : (p.otherUnrealizedPnl ?? 0n);
  return (p.wallet - tmm + upnl) * ONE;
}

/** Price (×10^8) from a notional ratio (×10^16) and Q (×10^8), rounded half-up to 0.01 in one step. */
function toPrice(n: Ratio, q: Qty): Price {
  const cent = 1_000_000n; // 0.01 at scale 10^8
  return (round(ratio(n.n, n.d * q * cent), 'halfUp') * cent) as Price;
}

export function liquidationPrice(p: PositionInput, table: readonly Bracket[] = BTCUSDT_BRACKETS): LiquidationResult {
  requirePosition(p);
  const isLong = p.side === 'LONG';
  const k = kTimesOne(p);
  const e = p.qty * p.entryPrice; // ×10^16
  let best: Ratio | null = null;
  let bestBracket: Bracket | null = null;
  table.forEach((b, i) => {
    const last = i === table.length - 1;
    const floor = ratio(b.floor * ONE);
    const cap = ratio(b.cap * ONE);
    const num = (k + b.cum * ONE - (isLong ? e : -e)) * ONE;
    const den = b.mmr - (isLong ? ONE : -ONE);
    let candidate: Ratio;
    if (den === 0n) {
      // Long with MMR = 100 %: liquidatable on the whole bracket or nowhere in it.
      if (k + b.cum * ONE - e > 0n) return;
      candidate = cap;
    } else {
      const root = ratio(num, den);
      if (isLong) {
        if (cmp(root, floor) < 0 || (!last && cmp(root, cap) >= 0)) return;
        candidate = last ? rmin(root, cap) : root;
      } else {
        candidate = rmax(root, floor);
        if (!last && cmp(candidate, cap) >= 0) return;
      }
    }
    if (best === null || (isLong ? cmp(candidate, best) > 0 : cmp(candidate, best) < 0)) {
      best = candidate;
      bestBracket = b;
    }
  });
  const bp = bankruptcyPrice(p);
  const found = best as Ratio | null;
  if (found === null || sign(found) <= 0) return { liquidationPrice: null, bankruptcyPrice: bp, bracket: 0 };
  return { liquidationPrice: toPrice(found, p.qty), bankruptcyPrice: bp, bracket: (bestBracket as Bracket | null)?.number ?? 0 };
}

/** Equity = 0 with no maintenance: N_BP = E − side × (WB + UPNL1); TMM1 plays no part. */
export function bankruptcyPrice(p: PositionInput): Price | null {
  requirePosition(p);
  const upnl = p.mode === 'ISOLATED' ? 0n : (p.otherUnrealizedPnl ?? 0n);
  const e = p.qty * p.entryPrice;
  const cushion = (p.wallet + upnl) * ONE;
  const n = p.side === 'LONG' ? e - cushion : e + cushion;
  if (n <= 0n) return null;
  return toPrice(ratio(n), p.qty);
}
