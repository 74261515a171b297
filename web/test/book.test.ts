import { describe, expect, it } from 'vitest';
import { formatFixed } from '../src/calc';
import { bookDelta, bookSnapshot, emptyBook, spread, withCumulative, type BookState } from '../src/state';
import { book, lv } from './helpers';

const prices = (s: BookState, side: 'bids' | 'asks') => s[side].map((l) => formatFixed(l.price, 1, { sep: '' }));

describe('book reducer', () => {
  const snap = bookSnapshot(book([lv('49999.9', '1.5'), lv('50000.0', '0.2'), lv('49999.0', '3')], [lv('50000.5', '0.7'), lv('50000.1', '0.1')], 10));

  it('snapshot sorts best first and computes the spread', () => {
    expect(snap.status).toBe('live');
    expect(prices(snap, 'bids')).toEqual(['50000.0', '49999.9', '49999.0']);
    expect(prices(snap, 'asks')).toEqual(['50000.1', '50000.5']);
    expect(formatFixed(spread(snap)!, 1)).toBe('0.1');
  });

  it('delta updates, inserts and removes zero-quantity levels', () => {
    const s = bookDelta(snap, book([lv('50000.0', '0'), lv('49999.5', '2'), lv('49999.9', '1.0')], [lv('50000.1', '0.000')], 11));
    expect(prices(s, 'bids')).toEqual(['49999.9', '49999.5', '49999.0']);
    expect(formatFixed(s.bids[0]!.qty, 3)).toBe('1.000');
    expect(prices(s, 'asks')).toEqual(['50000.5']);
    expect(s.bookSeq).toBe(11);
  });

  it('accepts conflated deltas (bookSeq jumps) and drops stale ones', () => {
    const jumped = bookDelta(snap, book([lv('49998.0', '4')], [], 17));
    expect(jumped.bookSeq).toBe(17);
    expect(prices(jumped, 'bids')).toContain('49998.0');
    const stale = bookDelta(jumped, book([lv('40000.0', '9')], [], 15));
    expect(stale).toBe(jumped);
  });

  it('ignores deltas before a snapshot and while stale', () => {
    expect(bookDelta(emptyBook, book([lv('1', '1')], [], 1))).toBe(emptyBook);
    const stale = { ...snap, status: 'stale' as const };
    expect(bookDelta(stale, book([lv('1', '1')], [], 99))).toBe(stale);
  });

  it('cumulative depth for the ladder and a 50-level cap', () => {
    const rows = withCumulative(snap.bids);
    expect(rows.map((r) => formatFixed(r.cumulative, 1))).toEqual(['0.2', '1.7', '4.7']);
    const many = bookSnapshot(book(Array.from({ length: 60 }, (_, i) => lv(String(40000 + i), '1')), [], 1));
    expect(many.bids).toHaveLength(50);
    expect(formatFixed(many.bids[0]!.price, 0, { sep: '' })).toBe('40059');
  });
});
