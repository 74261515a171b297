/**
 * Parses one text frame into a typed ServerMessage. The envelope and the fields the client computes with
 * (book levels, trade, ticker prices) are validated; an invalid frame throws ProtocolError so the net layer
 * can count and drop it instead of corrupting state.
 */
import { ProtocolError, gameTimeStr, priceStr, qtyStr } from './decimal';
import type { BookLevel, ServerMessage, StreamMessage, StreamMessageType, StreamName } from './messages';

const STREAM_TYPES: ReadonlySet<string> = new Set<StreamMessageType>([
  'book.snapshot', 'book.delta', 'trades.trade', 'trades.batch', 'ticker.update', 'liquidations.event', 'room.status', 'room.news',
  'room.standings', 'orders.snapshot', 'orders.update', 'fills.fill', 'position.update', 'margin.update',
  'account.update', 'liquidated.event', 'risk.update',
]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function levels(v: unknown, what: string): BookLevel[] {
  if (!Array.isArray(v)) throw new ProtocolError(`${what}: expected an array of [price, qty]`);
  return v.map((l: unknown, i) => {
    if (!Array.isArray(l) || l.length !== 2) throw new ProtocolError(`${what}[${i}]: expected [price, qty]`);
    return [priceStr(l[0], `${what}[${i}].price`), qtyStr(l[1], `${what}[${i}].qty`)] as const;
  });
}

function trade(d: Obj): void {
  priceStr(d['price']);
  qtyStr(d['qty']);
  if (d['side'] !== 'BUY' && d['side'] !== 'SELL') throw new ProtocolError('trade side: BUY or SELL');
}

function checkData(type: StreamMessageType, d: Obj): void {
  switch (type) {
    case 'book.snapshot':
    case 'book.delta':
      levels(d['bids'], 'bids');
      levels(d['asks'], 'asks');
      if (typeof d['bookSeq'] !== 'number') throw new ProtocolError('bookSeq: expected a number');
      break;
    case 'trades.trade':
      trade(d);
      break;
    case 'trades.batch': {
      const list = d['trades'];
      if (!Array.isArray(list)) throw new ProtocolError('trades: expected an array');
      for (const t of list) {
        if (typeof t !== 'object' || t === null || Array.isArray(t)) throw new ProtocolError('trade: expected an object');
        trade(t as Obj);
      }
      break;
    }
    case 'ticker.update':
      priceStr(d['mark'], 'mark');
      priceStr(d['index'], 'index');
      priceStr(d['last'], 'last');
      break;
    default:
      break;
  }
}

export function parseServerMessage(text: string): ServerMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ProtocolError('frame is not JSON');
  }
  if (!isObj(raw) || typeof raw['type'] !== 'string') throw new ProtocolError('frame has no type');
  const type = raw['type'];
  if (type === 'welcome' || type === 'ack' || type === 'error') {
    // docs/api.md: the client's id echoed back — a string or an integer, null when the message could not be parsed
    const id = raw['id'];
    if (id !== undefined && id !== null && typeof id !== 'string' && !Number.isInteger(id)) {
      throw new ProtocolError(`${type}: id must be a string, an integer or null`);
    }
    const out: Obj = { ...raw };
    if (id === undefined || id === null) delete out['id'];
    else out['id'] = String(id);
    return out as unknown as ServerMessage;
  }
  if (!STREAM_TYPES.has(type)) throw new ProtocolError(`unknown message type ${type}`);
  const stream = type.slice(0, type.indexOf('.'));
  if (raw['stream'] !== undefined && raw['stream'] !== stream) throw new ProtocolError(`${type}: stream mismatch`);
  if (typeof raw['seq'] !== 'number' || !Number.isInteger(raw['seq']) || raw['seq'] < 1) {
    throw new ProtocolError(`${type}: seq must be a positive integer`);
  }
  if (!isObj(raw['data'])) throw new ProtocolError(`${type}: data must be an object`);
  checkData(type as StreamMessageType, raw['data']);
  const gameTime = raw['gameTime'] === undefined ? gameTimeStr('0') : gameTimeStr(raw['gameTime']);
  return { ...raw, stream: stream as StreamName, gameTime } as unknown as StreamMessage;
}
