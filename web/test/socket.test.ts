import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandError, GameSocket, reconnectDelayMs, type SocketListener } from '../src/net';

class FakeSocket {
  readyState = 0;
  sent: Array<Record<string, unknown>> = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  send(s: string) {
    this.sent.push(JSON.parse(s) as Record<string, unknown>);
  }
  close(code = 1000, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(o: unknown) {
    this.onmessage?.({ data: JSON.stringify(o) });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const events: string[] = [];
  const listener: SocketListener = {
    onStatus: (s) => events.push(`status:${s}`),
    onWelcome: (w) => events.push(`welcome:${w.role}`),
    onMessage: (m) => events.push(`msg:${m.type}:${m.seq}`),
    onGap: (s) => events.push(`gap:${s}`),
    onError: (e) => events.push(`error:${e.code}`),
  };
  const gs = new GameSocket({
    url: 'ws://x/ws', room: 'K7Q2XM', token: 'tok', heartbeatMs: 1000,
    createSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s as unknown as WebSocket;
    },
  }, listener);
  return { gs, sockets, events };
}

const env = (type: string, seq: number, data: unknown = {}) => ({ type, v: 1, stream: type.split('.')[0], seq, ts: 0, gameTime: '0', data });
const bookData = { bids: [], asks: [], bookSeq: 1 };

describe('GameSocket', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says hello, correlates acks and errors by id, and resyncs a stream on a gap', async () => {
    const { gs, sockets, events } = setup();
    gs.connect();
    const ws = sockets[0]!;
    ws.open();
    expect(ws.sent[0]).toEqual({ type: 'hello', id: 'hello', v: 1, room: 'K7Q2XM', token: 'tok' });
    ws.receive({ type: 'welcome', v: 1, role: 'player', playerId: 'p3', nickname: 'ana', serverTime: 1 });
    const p = gs.send({ type: 'cancelOrder', orderId: '5' });
    const id = ws.sent[1]!['id'];
    ws.receive({ type: 'ack', id, data: { orderId: '5' } });
    await expect(p).resolves.toMatchObject({ type: 'ack', id });
    const q = gs.send({ type: 'setLeverage', leverage: 200 });
    ws.receive({ type: 'error', id: ws.sent[2]!['id'], code: 'RISK_LEVERAGE_EXCEEDS_BRACKET', message: 'no' });
    await expect(q).rejects.toMatchObject({ code: 'RISK_LEVERAGE_EXCEEDS_BRACKET' });

    ws.receive(env('book.snapshot', 1, bookData));
    ws.receive(env('book.delta', 2, bookData));
    ws.receive(env('book.delta', 4, bookData)); // gap
    expect(events).toContain('gap:book');
    expect(events).not.toContain('msg:book.delta:4');
    expect(ws.sent[3]).toMatchObject({ type: 'resync', stream: 'book' });
    ws.receive(env('book.snapshot', 5, bookData));
    expect(events).toContain('msg:book.snapshot:5');
  });

  it('reconnects with backoff, rejects pending commands, and restarts seq per connection', async () => {
    const { gs, sockets, events } = setup();
    gs.connect();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'welcome', v: 1, role: 'spectator', serverTime: 1 });
    sockets[0]!.receive(env('trades.trade', 1, { price: '1', qty: '1', side: 'BUY', liquidation: false }));
    const p = gs.send({ type: 'ping' });
    sockets[0]!.close(1006, '');
    await expect(p).rejects.toBeInstanceOf(CommandError);
    expect(events).toContain('status:reconnecting');
    vi.advanceTimersByTime(20_000);
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    sockets[1]!.receive({ type: 'welcome', v: 1, role: 'spectator', serverTime: 2 });
    sockets[1]!.receive(env('trades.trade', 1, { price: '1', qty: '1', side: 'BUY', liquidation: false }));
    expect(events.filter((e) => e === 'msg:trades.trade:1')).toHaveLength(2);
    gs.close();
  });

  it('closes a silent connection after three missed heartbeats', () => {
    const { gs, sockets } = setup();
    gs.connect();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'welcome', v: 1, role: 'spectator', serverTime: 1 });
    vi.advanceTimersByTime(4500);
    expect(sockets[0]!.sent.some((m) => m['type'] === 'ping')).toBe(true);
    expect(sockets[0]!.readyState).toBe(3);
    gs.close();
  });

  it('backoff grows and is capped', () => {
    expect(reconnectDelayMs(0, () => 0.5)).toBe(500);
    expect(reconnectDelayMs(3, () => 0.5)).toBe(4000);
    expect(reconnectDelayMs(20, () => 1)).toBe(18750);
  });
});
