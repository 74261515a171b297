import { describe, expect, it } from 'vitest';
import {
  formatFixed, initialMargin, marginRatio, marginWarningLevel, maxLeverageFor, parseFixed, price, qty, rate,
  requiredMargin, roe, unrealizedPnl, usdt, type Rate,
} from '../src/calc';

const f2 = (v: bigint) => formatFixed(v, 2, { sep: '' });

describe('fixed point', () => {
  it('parses and formats exactly, with grouping and rounding', () => {
    expect(parseFixed('0.1') + parseFixed('0.2')).toBe(parseFixed('0.3'));
    expect(formatFixed(parseFixed('1234567.125'), 2)).toBe('1,234,567.13');
    expect(formatFixed(parseFixed('-0.005'), 2)).toBe('-0.01');
    expect(formatFixed(parseFixed('12.3'), 1, { plus: true })).toBe('+12.3');
    expect(formatFixed(parseFixed('0.123456789'), 8)).toBe('0.12345679');
  });
});

describe('required margin', () => {
  it('notional / leverage rounded up, plus the fee estimate', () => {
    const m = requiredMargin({ qty: qty('0.015'), price: price('50000.1'), leverage: 20, feeRate: rate('0.0005') });
    expect(f2(m.notional)).toBe('750.00'); // 750.0015
    expect(formatFixed(m.initialMargin, 8)).toBe('37.50007500');
    expect(formatFixed(m.fee, 8)).toBe('0.37500075');
    expect(m.required).toBe(m.initialMargin + m.fee);
    expect(m.maxLeverage).toBe(125);
    expect(m.leverageAllowed).toBe(true);
  });

  it('the bracket for the size caps the leverage', () => {
    expect(maxLeverageFor(usdt('49999'))).toBe(125);
    expect(maxLeverageFor(usdt('50000'))).toBe(100);
    expect(maxLeverageFor(usdt('300000'))).toBe(50);
    const big = requiredMargin({ qty: qty('10'), price: price('50000'), leverage: 75 });
    expect(big.maxLeverage).toBe(50);
    expect(big.leverageAllowed).toBe(false);
    expect(f2(initialMargin(usdt('500000'), 50))).toBe('10000.00');
  });
});

describe('PnL, ROE and margin ratio', () => {
  it('long and short uPnL and ROE', () => {
    expect(f2(unrealizedPnl(qty('1'), price('50000'), price('51000')))).toBe('1000.00');
    expect(f2(unrealizedPnl(qty('-0.5'), price('50000'), price('51000')))).toBe('-500.00');
    // 20×: IM 2,500, uPnL +1,000 → ROE 40 %
    expect(formatFixed(roe(qty('1'), price('50000'), price('51000'), 20)!, 4)).toBe('0.4000');
    // short 0.5 @ 50,000, 10×: IM 2,500, uPnL −500 → −20 %
    expect(formatFixed(roe(qty('-0.5'), price('50000'), price('51000'), 10)!, 4)).toBe('-0.2000');
    expect(roe(qty('0'), price('50000'), price('51000'), 10)).toBeNull();
  });

  it('margin ratio = maintenance / margin balance, ≥ 100 % at liquidation', () => {
    // The §1.3 example at its liquidation price: MM 190.76, balance 190.76 → 100 %.
    expect(formatFixed(marginRatio(usdt('190.76'), usdt('190.76'))!, 4)).toBe('1.0000');
    expect(formatFixed(marginRatio(usdt('200'), usdt('2500'))!, 4)).toBe('0.0800');
    expect(marginRatio(usdt('0'), usdt('2500'))).toBeNull();
    expect(formatFixed(marginRatio(usdt('10'), usdt('-5'))!, 0)).toBe('10');
    expect(marginWarningLevel(rate('0.2') as Rate)).toBe(0);
    expect(marginWarningLevel(rate('0.72') as Rate)).toBe(2);
    expect(marginWarningLevel(rate('0.9') as Rate)).toBe(3);
    expect(marginWarningLevel(rate('1') as Rate)).toBe(4);
  });
});
