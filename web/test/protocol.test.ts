import { describe, expect, it } from 'vitest';
import { ProtocolError, isZeroDecimal, parseServerMessage, priceStr } from '../src/protocol';

describe('protocol parsing', () => {
  it('accepts a stream envelope and derives the stream from the type', () => {
    const m = parseServerMessage(JSON.stringify({ type: 'book.delta', v: 1, stream: 'book', seq: 3, ts: 1, gameTime: '100', data: { bids: [['50000.0', '0']], asks: [], bookSeq: 9 } }));
    expect(m.type).toBe('book.delta');
    if (m.type === 'book.delta') expect(m.data.bookSeq).toBe(9);
  });

  it('rejects numbers where decimal strings are required, unknown types and bad seq', () => {
    expect(() => parseServerMessage(JSON.stringify({ type: 'trades.trade', v: 1, seq: 1, gameTime: '0', data: { price: 50000, qty: '1', side: 'BUY' } }))).toThrow(ProtocolError);
    expect(() => parseServerMessage(JSON.stringify({ type: 'nope.x', seq: 1, data: {} }))).toThrow(ProtocolError);
    expect(() => parseServerMessage(JSON.stringify({ type: 'ticker.update', seq: 0, data: {} }))).toThrow(ProtocolError);
    expect(() => parseServerMessage('{')).toThrow(ProtocolError);
    expect(() => priceStr('-1')).toThrow(ProtocolError);
  });

  it('passes ack, error and welcome through', () => {
    expect(parseServerMessage('{"type":"ack","id":"c-1","data":{"orderId":"7"}}').type).toBe('ack');
    expect(parseServerMessage('{"type":"error","id":"c-2","code":"RISK_INSUFFICIENT_MARGIN","message":"no"}').type).toBe('error');
    // the server echoes the client's id: null when the frame could not be parsed, an integer when one was sent
    const e = parseServerMessage('{"type":"error","v":1,"id":null,"code":"PROTOCOL_RATE_LIMITED","message":"slow down"}');
    expect(e).toMatchObject({ type: 'error', code: 'PROTOCOL_RATE_LIMITED' });
    expect('id' in e).toBe(false);
    const a = parseServerMessage('{"type":"ack","v":1,"id":7,"ts":1,"data":{}}');
    expect(a.type === 'ack' && a.id).toBe('7');
    expect(parseServerMessage('{"type":"welcome","v":1,"id":"hello","room":"K7Q2XM","role":"spectator","serverTime":1}').type).toBe('welcome');
    expect(isZeroDecimal('0.000')).toBe(true);
    expect(isZeroDecimal('0.001')).toBe(false);
  });
});
