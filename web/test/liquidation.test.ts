import { describe, expect, it } from 'vitest';
import { BTCUSDT_BRACKETS, bracketFor, formatFixed, liquidationPrice, maintenanceMargin, price, qty, usdt, type Usdt } from '../src/calc';

const fmt = (v: bigint | null) => (v === null ? null : formatFixed(v, 2, { sep: '' }));

describe('liquidation price (MECHANICS §1.3)', () => {
  it('isolated long 1 BTC @ 50,000, 20× → liq 47,690.76, bankruptcy 47,500', () => {
    const r = liquidationPrice({ side: 'LONG', qty: qty('1'), entryPrice: price('50000'), wallet: usdt('2500'), mode: 'ISOLATED' });
    expect(fmt(r.liquidationPrice)).toBe('47690.76');
    expect(fmt(r.bankruptcyPrice)).toBe('47500.00');
    expect(r.bracket).toBe(1);
  });

  it('isolated short 1 BTC @ 50,000, 20×: LP = (2500 + 50000)/(1.004) = 52,290.84, BP 52,500', () => {
    const r = liquidationPrice({ side: 'SHORT', qty: qty('1'), entryPrice: price('50000'), wallet: usdt('2500'), mode: 'ISOLATED' });
    // 52500 / 1.004 = 52290.836… → 52290.84; notional there > 50,000 → bracket 2: (2500+50+50000)/1.005 = 52288.56
    expect(fmt(r.liquidationPrice)).toBe('52288.56');
    expect(r.bracket).toBe(2);
    expect(fmt(r.bankruptcyPrice)).toBe('52500.00');
  });

  it('re-selects the bracket when the notional at the LP falls into a lower one', () => {
    // Long 1.1 BTC @ 50,000 (N = 55,000 → bracket 2) at 10×: wallet 5,500.
    // Bracket 2 root: (5500 + 50 − 55000)/(0.005 − 1) = 49,698.49 → N = 45,668… < 50,000: not self-consistent.
    // Bracket 1 root: (5500 − 55000)/(0.004 − 1) = 49,698.79 (N = 45,668.7 inside bracket 1) → 45,180.72 per BTC.
    const r = liquidationPrice({ side: 'LONG', qty: qty('1.1'), entryPrice: price('50000'), wallet: usdt('5500'), mode: 'ISOLATED' });
    expect(r.bracket).toBe(1);
    expect(fmt(r.liquidationPrice)).toBe('45180.72');
    expect(fmt(r.bankruptcyPrice)).toBe('45000.00');
  });

  it('cross: other maintenance lowers the cushion, other uPnL raises it', () => {
    const base = { side: 'LONG' as const, qty: qty('1'), entryPrice: price('50000'), wallet: usdt('2500'), mode: 'CROSS' as const };
    const plain = liquidationPrice(base).liquidationPrice!;
    const withOthers = liquidationPrice({ ...base, otherMaintenance: usdt('100'), otherUnrealizedPnl: usdt('0') }).liquidationPrice!;
    const withProfit = liquidationPrice({ ...base, otherUnrealizedPnl: usdt('500') }).liquidationPrice!;
    expect(fmt(plain)).toBe('47690.76');
    expect(withOthers > plain).toBe(true); // (2400 − 50000)/(−0.996) = 47791.16
    expect(fmt(withOthers)).toBe('47791.16');
    expect(withProfit < plain).toBe(true);
    // isolated ignores the other positions
    const iso = liquidationPrice({ ...base, mode: 'ISOLATED', otherMaintenance: usdt('100') }).liquidationPrice!;
    expect(iso).toBe(plain);
  });

  it('a fully collateralised long has no liquidation price ("--")', () => {
    const r = liquidationPrice({ side: 'LONG', qty: qty('1'), entryPrice: price('50000'), wallet: usdt('60000'), mode: 'ISOLATED' });
    expect(r.liquidationPrice).toBeNull();
    expect(r.bankruptcyPrice).toBeNull();
  });

  it('brackets: cum recursion and maintenance continuity at an edge', () => {
    let cum = 0n;
    for (let i = 1; i < BTCUSDT_BRACKETS.length; i++) {
      const b = BTCUSDT_BRACKETS[i]!;
      cum += (b.floor * (b.mmr - BTCUSDT_BRACKETS[i - 1]!.mmr)) / 100_000_000n;
      expect(b.cum).toBe(cum);
    }
    expect(bracketFor(usdt('264000')).number).toBe(3);
    expect(formatFixed(maintenanceMargin(usdt('300000')), 2, { sep: '' })).toBe('1700.00');
    const below = maintenanceMargin((usdt('50000') - 1n) as Usdt);
    const at = maintenanceMargin(usdt('50000'));
    expect(at - below <= 1n).toBe(true);
  });
});
