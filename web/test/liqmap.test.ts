import { describe, expect, it } from 'vitest';
import { emptyLiqMap, liqMapRows, longLevel, onOpenInterestChange, onPriceRange, shortLevel } from '../src/calc';

const total = (m: ReadonlyMap<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('estimated liquidation map (RULES.md)', () => {
  it('spreads an OI increase over 10×/25×/50×/100× at 40/30/20/10 with MMR-adjusted levels', () => {
    const m = onOpenInterestChange(emptyLiqMap(10, 0.004), 50000, 2, 0.5); // 100,000 USDT, half long
    expect(m.openInterest).toBe(2);
    expect(total(m.longs)).toBeCloseTo(50000, 6);
    expect(total(m.shorts)).toBeCloseTo(50000, 6);
    // 10× long level: 50000 × 0.9 / 0.996 = 45180.72 → bucket 45180 gets 40 % of the long half
    expect(longLevel(50000, 10, 0.004)).toBeCloseTo(45180.7229, 3);
    expect(m.longs.get(45180)).toBeCloseTo(20000, 6);
    // 100× short level: 50000 × 1.01 / 1.004 = 50298.80 → bucket 50290 gets 10 %
    expect(shortLevel(50000, 100, 0.004)).toBeCloseTo(50298.8048, 3);
    expect(m.shorts.get(50290)).toBeCloseTo(5000, 6);
    expect(liqMapRows(m).map((r) => r[0])).toEqual([...liqMapRows(m).map((r) => r[0])].sort((a, b) => a - b));
  });

  it('decays every bucket proportionally as open interest falls', () => {
    let m = onOpenInterestChange(emptyLiqMap(10), 50000, 4, 1);
    const before = total(m.longs);
    m = onOpenInterestChange(m, 50100, -1);
    expect(m.openInterest).toBe(3);
    expect(total(m.longs)).toBeCloseTo(before * 0.75, 6);
    m = onOpenInterestChange(m, 50100, -5);
    expect(m.openInterest).toBe(0);
    expect(m.longs.size).toBe(0);
  });

  it('consumes buckets the price trades through', () => {
    let m = onOpenInterestChange(emptyLiqMap(10), 50000, 1, 0.5);
    const longKeys = [...m.longs.keys()].sort((a, b) => b - a); // highest first: 100× level ≈ 49,698
    m = onPriceRange(m, 49600, 50000);
    expect(m.longs.has(longKeys[0]!)).toBe(false);
    expect(m.longs.has(longKeys[1]!)).toBe(true);
    const untouched = onPriceRange(m, 49990, 50000);
    expect(untouched).toBe(m);
  });
});
