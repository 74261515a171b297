import type { BookData, BookLevel, GameTimeStr, PriceStr, QtyStr, StreamMessage, StreamMessageType, StreamPayloads, StreamName } from '../src/protocol';

export const lv = (p: string, q: string): BookLevel => [p as PriceStr, q as QtyStr];
export const book = (bids: BookLevel[], asks: BookLevel[], bookSeq: number): BookData => ({ bids, asks, bookSeq });

export function msg<K extends StreamMessageType>(type: K, seq: number, data: StreamPayloads[K], gameTimeNs = '0'): StreamMessage {
  return { type, v: 1, stream: type.slice(0, type.indexOf('.')) as StreamName, seq, ts: 0, gameTime: gameTimeNs as GameTimeStr, data } as StreamMessage;
}
