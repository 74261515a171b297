/**
 * Order book from `book.snapshot` + `book.delta` (docs/api.md). A level with qty "0" is removed; deltas are
 * conflated by the server, so `bookSeq` may jump by more than one — only a delta at or below the book's
 * current `bookSeq` is stale and dropped. After a stream gap the book is `stale` until the next snapshot.
 */
import { isZeroDecimal, type BookData, type BookLevel } from '../protocol';
import { price, qty, type Price, type Qty } from '../calc';

export const BOOK_DEPTH = 50;

export interface Level {
  readonly price: Price;
  readonly qty: Qty;
}

export interface BookState {
  readonly status: 'empty' | 'live' | 'stale';
  /** Best first: bids descending, asks ascending. */
  readonly bids: readonly Level[];
  readonly asks: readonly Level[];
  readonly bookSeq: number;
}

export const emptyBook: BookState = { status: 'empty', bids: [], asks: [], bookSeq: 0 };

const toLevels = (ls: readonly BookLevel[]): Level[] => ls.map(([p, q]) => ({ price: price(p), qty: qty(q) }));
const desc = (a: Level, b: Level) => (a.price > b.price ? -1 : a.price < b.price ? 1 : 0);
const asc = (a: Level, b: Level) => -desc(a, b);

export function bookSnapshot(d: BookData): BookState {
  const bids = toLevels(d.bids).filter((l) => l.qty > 0n).sort(desc).slice(0, BOOK_DEPTH);
  const asks = toLevels(d.asks).filter((l) => l.qty > 0n).sort(asc).slice(0, BOOK_DEPTH);
  return { status: 'live', bids, asks, bookSeq: d.bookSeq };
}

function applySide(levels: readonly Level[], changes: readonly BookLevel[], order: (a: Level, b: Level) => number): Level[] {
  const byPrice = new Map<bigint, Level>(levels.map((l) => [l.price as bigint, l]));
  for (const [p, q] of changes) {
    const pr = price(p);
    if (isZeroDecimal(q)) byPrice.delete(pr);
    else byPrice.set(pr, { price: pr, qty: qty(q) });
  }
  return [...byPrice.values()].sort(order).slice(0, BOOK_DEPTH);
}

export function bookDelta(s: BookState, d: BookData): BookState {
  if (s.status !== 'live' || d.bookSeq <= s.bookSeq) return s;
  return { status: 'live', bids: applySide(s.bids, d.bids, desc), asks: applySide(s.asks, d.asks, asc), bookSeq: d.bookSeq };
}

/** After a gap or reconnect: keep showing the last levels, flagged, until a snapshot; an empty book stays empty. */
export const bookStale = (s: BookState): BookState => (s.status !== 'live' ? s : { ...s, status: 'stale' });

// ---- selectors -------------------------------------------------------------------------------------------

export const bestBid = (s: BookState): Price | null => s.bids[0]?.price ?? null;
export const bestAsk = (s: BookState): Price | null => s.asks[0]?.price ?? null;

/** Ask − bid, null when a side is empty. */
export function spread(s: BookState): Price | null {
  const b = bestBid(s);
  const a = bestAsk(s);
  return a === null || b === null ? null : ((a - b) as Price);
}

export interface DepthRow extends Level {
  /** Cumulative quantity from the best level through this one. */
  readonly cumulative: Qty;
}

/** Levels with cumulative quantity, for the ladder's depth bars. */
export function withCumulative(levels: readonly Level[]): DepthRow[] {
  let c = 0n;
  return levels.map((l) => {
    c += l.qty;
    return { ...l, cumulative: c as Qty };
  });
}
