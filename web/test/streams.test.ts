import { describe, expect, it } from 'vitest';
import { emptySeqTracker, observeSeq } from '../src/net';
import type { OrderData, PriceStr, QtyStr } from '../src/protocol';
import { LINE_CAP, addTrade, candleTicker, createStore, emptyCandles, emptyOrders, emptyTrades, orderUpdate, ordersSnapshot, reduce, initialState } from '../src/state';
import { book, lv, msg } from './helpers';

const order = (orderId: string, status: OrderData['status'], remaining = '0.010'): OrderData => ({
  orderId, side: 'BUY', type: 'LIMIT', price: '50000.0' as PriceStr, qty: '0.010' as QtyStr, remaining: remaining as QtyStr, status,
});

describe('sequence tracking (net)', () => {
  it('ok in order, duplicate ignored, gap detected and resync pending until the snapshot', () => {
    let t = emptySeqTracker();
    let r = observeSeq(t, 'book', 1, 'book.snapshot');
    expect(r.verdict).toBe('ok');
    t = r.next;
    r = observeSeq(t, 'book', 2, 'book.delta');
    expect(r.verdict).toBe('ok');
    t = r.next;
    expect(observeSeq(t, 'book', 2, 'book.delta').verdict).toBe('duplicate');
    r = observeSeq(t, 'book', 4, 'book.delta');
    expect(r.verdict).toBe('gap');
    expect(r.next.resyncing.has('book')).toBe(true);
    t = r.next;
    r = observeSeq(t, 'book', 6, 'book.snapshot'); // resync reply: a snapshot may skip numbers
    expect(r.verdict).toBe('ok');
    expect(r.next.resyncing.has('book')).toBe(false);
    // streams are independent
    expect(observeSeq(r.next, 'trades', 1, 'trades.trade').verdict).toBe('ok');
  });
});

describe('store: gap → stale → resync snapshot', () => {
  it('marks the book stale on a gap, drops deltas, and recovers on the snapshot', () => {
    const store = createStore();
    store.dispatch({ kind: 'message', msg: msg('book.snapshot', 1, book([lv('100', '1')], [lv('101', '1')], 1)) });
    store.dispatch({ kind: 'gap', stream: 'book' });
    expect(store.getState().book.status).toBe('stale');
    expect(store.getState().room.resyncing).toEqual(['book']);
    store.dispatch({ kind: 'message', msg: msg('book.delta', 5, book([lv('99', '2')], [], 5)) });
    expect(store.getState().book.bids).toHaveLength(1);
    store.dispatch({ kind: 'message', msg: msg('book.snapshot', 6, book([lv('98', '3')], [lv('102', '1')], 9)) });
    expect(store.getState().book.status).toBe('live');
    expect(store.getState().room.resyncing).toEqual([]);
  });
});

describe('trades ring', () => {
  it('keeps the newest first and is bounded', () => {
    let s = emptyTrades;
    for (let i = 0; i < 25; i++) {
      s = addTrade(s, { price: String(50000 + i) as PriceStr, qty: '0.001' as QtyStr, side: 'BUY', liquidation: false }, msg('trades.trade', 1, { price: '1' as PriceStr, qty: '1' as QtyStr, side: 'BUY', liquidation: false }).gameTime, 10);
    }
    expect(s.items).toHaveLength(10);
    expect(s.count).toBe(25);
    expect(String(s.items[0]!.price)).toBe(String(5_002_400_000_000n));
  });
});

describe('orders lifecycle', () => {
  it('NEW → PARTIALLY_FILLED → FILLED leaves the open list; CANCELED too; snapshot replaces', () => {
    let s = ordersSnapshot(emptyOrders, [order('1', 'NEW'), order('2', 'NEW'), order('9', 'FILLED')]);
    expect([...s.open.keys()]).toEqual(['1', '2']);
    s = orderUpdate(s, order('1', 'PARTIALLY_FILLED', '0.004'));
    expect(s.open.get('1')!.remaining).toBe('0.004');
    s = orderUpdate(s, order('1', 'FILLED'));
    s = orderUpdate(s, order('2', 'CANCELED', '0.010'));
    expect(s.open.size).toBe(0);
    expect(s.history.map((o) => `${o.orderId}:${o.status}`)).toEqual(['2:CANCELED', '1:FILLED']);
    s = orderUpdate(s, order('3', 'NEW'));
    expect(s.open.has('3')).toBe(true);
  });
});

describe('candles and liquidations through the root reducer', () => {
  it('builds 10-game-second candles and counts a cascade episode', () => {
    let s = initialState();
    const t = (p: string, sec: number) => msg('trades.trade', 1, { price: p as PriceStr, qty: '1' as QtyStr, side: 'SELL', liquidation: false }, String(sec * 1e9));
    s = reduce(s, { kind: 'message', msg: t('100', 1) });
    s = reduce(s, { kind: 'message', msg: t('90', 5) });
    s = reduce(s, { kind: 'message', msg: t('95', 9) });
    s = reduce(s, { kind: 'message', msg: t('97', 11) });
    expect(s.candles.candles).toEqual([
      { time: 0, open: 100, high: 100, low: 90, close: 95, volume: 3 },
      { time: 10, open: 97, high: 97, low: 97, close: 97, volume: 1 },
    ]);
    const liq = (id: string, gen: number, episode: number) => msg('liquidations.event', 1, {
      liquidationId: id, side: 'LONG', qty: '0.5' as QtyStr, price: '47500' as PriceStr, markPrice: '47690.76' as PriceStr, generation: gen, episode,
      cause: { kind: gen === 1 ? 'INDEX_MOVE' : 'LIQUIDATION', ...(gen > 1 ? { parentLiquidationId: 'L1' } : {}) },
    });
    s = reduce(s, { kind: 'message', msg: liq('L1', 1, 1) });
    s = reduce(s, { kind: 'message', msg: liq('L2', 2, 1) });
    s = reduce(s, { kind: 'message', msg: liq('L3', 3, 1) });
    expect(s.liquidations.maxGeneration).toBe(3);
    expect(s.liquidations.episodeCount).toBe(3);
    expect(String(s.liquidations.longNotional)).toBe(String(3n * 23_750n * 100_000_000n));
    s = reduce(s, { kind: 'message', msg: liq('L4', 1, 2) });
    expect(s.liquidations.episodeCount).toBe(1);
    expect(s.liquidations.items[0]!.id).toBe('L4');
  });
});

describe('trades.batch', () => {
  it('applies every trade of a batch in order, each at its own game time', async () => {
    const { parseServerMessage } = await import('../src/protocol/parse');
    const { reduce, initialState } = await import('../src/state/store');
    const raw = JSON.stringify({ type: 'trades.batch', v: 1, stream: 'trades', seq: 1, ts: 0, gameTime: '3000000000',
      data: { trades: [
        { price: '50000.0', qty: '0.010', side: 'BUY', liquidation: false, gameTime: '1000000000' },
        { price: '49990.0', qty: '0.020', side: 'SELL', liquidation: true, gameTime: '2000000000' } ] } });
    const msg = parseServerMessage(raw);
    expect(msg.type).toBe('trades.batch');
    expect(() => parseServerMessage(raw.replace('"side":"SELL"', '"side":"UP"'))).toThrow();
    const s = reduce(initialState(), { kind: 'message', msg } as never);
    expect(s.trades.items.map((t) => t.price)).toEqual([4_999_000_000_000n, 5_000_000_000_000n]); // ×10⁸, newest first
    expect(s.trades.items.map((t) => t.gameTime)).toEqual(['2000000000', '1000000000']);
    expect(s.trades.count).toBe(2);
  });
});

describe('private state streams as the server sends them', () => {
  it('a flat position has entryPrice null (docs/api.md) and shows no entry', () => {
    const store = createStore();
    store.dispatch({ kind: 'message', msg: msg('position.update', 1, {
      size: '0.000', entryPrice: null, markPrice: '60000.0', unrealizedPnl: '0.000000', roe: '0', leverage: 20, marginMode: 'CROSS', isolatedMargin: '0.000000',
    } as never) });
    const p = store.getState().account.position;
    expect(p?.entryPrice).toBeNull();
    expect(p?.size).toBe(0n);
  });
});

describe('chart series trimming', () => {
  it('drops the oldest quarter at once, so the first point changes rarely (full chart redraws stay rare)', () => {
    let c = emptyCandles;
    let firstChanges = 0;
    for (let sec = 0; sec < LINE_CAP * 20; sec += 10) {
      const before = c.mark[0]?.time;
      const t = { mark: 6_000_000_000_000n, index: 6_000_000_000_000n } as never;
      c = candleTicker(c, t, `${sec}000000000`);
      if (c.mark.length > 1 && c.mark[0]!.time !== before) firstChanges++;
      expect(c.mark.length).toBeLessThanOrEqual(LINE_CAP);
    }
    expect(firstChanges).toBeLessThan(10);
  });
});

describe('chart grid', () => {
  it('mark and index points sit on the candle grid, the last value of each interval', () => {
    let c = emptyCandles;
    const t = (m: bigint) => ({ mark: m, index: m }) as never;
    c = candleTicker(c, t(100n * 100_000_000n), '1000000000');
    c = candleTicker(c, t(101n * 100_000_000n), '9000000000');
    c = candleTicker(c, t(102n * 100_000_000n), '10000000000');
    expect(c.mark).toEqual([{ time: 0, value: 101 }, { time: 10, value: 102 }]);
  });
});

