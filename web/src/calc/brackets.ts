/**
 * BTCUSDT margin brackets (MECHANICS §1.2): maintenance = N × MMR − cum for the bracket holding the
 * notional N; max leverage per bracket. Values scaled ×10^8 (see fixed.ts).
 */
import type { Rate, Usdt } from './fixed';
import { ONE, divRound } from './fixed';

export interface Bracket {
  readonly number: number;
  readonly floor: Usdt;
  readonly cap: Usdt;
  readonly maxLeverage: number;
  readonly mmr: Rate;
  readonly cum: Usdt;
}

const row = (number: number, floor: number, cap: number, maxLeverage: number, mmrBp: number, cum: number): Bracket => ({
  number,
  floor: (BigInt(floor) * ONE) as Usdt,
  cap: (BigInt(cap) * ONE) as Usdt,
  maxLeverage,
  mmr: ((BigInt(mmrBp) * ONE) / 10_000n) as Rate,
  cum: (BigInt(cum) * ONE) as Usdt,
});

/** MMR in basis points (0.40 % = 40 bp). */
export const BTCUSDT_BRACKETS: readonly Bracket[] = [
  row(1, 0, 50_000, 125, 40, 0),
  row(2, 50_000, 250_000, 100, 50, 50),
  row(3, 250_000, 3_000_000, 50, 100, 1_300),
  row(4, 3_000_000, 20_000_000, 20, 250, 46_300),
  row(5, 20_000_000, 40_000_000, 10, 500, 546_300),
  row(6, 40_000_000, 100_000_000, 5, 1_000, 2_546_300),
  row(7, 100_000_000, 120_000_000, 4, 1_250, 5_046_300),
  row(8, 120_000_000, 200_000_000, 3, 1_500, 8_046_300),
  row(9, 200_000_000, 300_000_000, 2, 2_500, 28_046_300),
  row(10, 300_000_000, 500_000_000, 1, 5_000, 103_046_300),
];

/** The bracket holding notional |n| (floor ≤ n < cap); the last bracket beyond its cap. */
export function bracketFor(n: Usdt, table: readonly Bracket[] = BTCUSDT_BRACKETS): Bracket {
  const a = n < 0n ? -n : n;
  for (const b of table) {
    if (a < b.cap) return b;
  }
  return table[table.length - 1]!;
}

/** Highest leverage allowed for a position of notional |n|. */
export const maxLeverageFor = (n: Usdt, table: readonly Bracket[] = BTCUSDT_BRACKETS): number => bracketFor(n, table).maxLeverage;

/** Maintenance margin N × MMR − cum, rounded up (requirements round up, RULES.md). */
export function maintenanceMargin(n: Usdt, table: readonly Bracket[] = BTCUSDT_BRACKETS): Usdt {
  const a = n < 0n ? -n : n;
  const b = bracketFor(a as Usdt, table);
  const mm = divRound(a * b.mmr, ONE, 'ceil') - b.cum;
  return (mm < 0n ? 0n : mm) as Usdt;
}
