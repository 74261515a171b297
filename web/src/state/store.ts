/**
 * The client's whole state and its one pure reducer. Each socket stream has its own slice module; this
 * file only routes. Gap handling: the net layer reports a gap (and sends `resync`); the affected slice is
 * marked stale and ignores deltas until its snapshot arrives.
 */
import type { StreamMessage, StreamName, Welcome } from '../protocol';
import { accountUpdate, emptyAccount, fillAdded, liquidatedDismissed, liquidatedEvent, marginUpdate, positionUpdate, type AccountState } from './account';
import { bookDelta, bookSnapshot, bookStale, emptyBook, type BookState } from './book';
import { candleTicker, candleTrade, emptyCandles, type CandlesState } from './candles';
import { emptyEstMap, estMapTicker, estMapTrade, type EstMapState } from './estmap';
import { addLiquidation, emptyLiquidations, type LiquidationsState } from './liquidations';
import { emptyOrders, orderUpdate, ordersSnapshot, ordersStale, type OrdersState } from './orders';
import { emptyRisk, riskUpdate, type RiskState } from './risk';
import { emptyRoom, roomNews, roomStandings, roomStatus, type Connection, type RoomState } from './room';
import { emptyTicker, tickerUpdate, type TickerState } from './ticker';
import { gameSeconds } from './time';
import { addTrade, emptyTrades, type TradesState } from './trades';

export interface AppState {
  readonly room: RoomState;
  readonly book: BookState;
  readonly trades: TradesState;
  readonly ticker: TickerState;
  readonly candles: CandlesState;
  readonly liquidations: LiquidationsState;
  readonly estMap: EstMapState;
  readonly orders: OrdersState;
  readonly account: AccountState;
  readonly risk: RiskState;
}

export const initialState = (): AppState => ({
  room: emptyRoom, book: emptyBook, trades: emptyTrades, ticker: emptyTicker, candles: emptyCandles,
  liquidations: emptyLiquidations, estMap: emptyEstMap(), orders: emptyOrders, account: emptyAccount, risk: emptyRisk,
});

export type Action =
  | { readonly kind: 'message'; readonly msg: StreamMessage }
  | { readonly kind: 'gap'; readonly stream: StreamName }
  | { readonly kind: 'connection'; readonly status: Connection; readonly detail?: string }
  | { readonly kind: 'welcome'; readonly welcome: Welcome }
  | { readonly kind: 'dismissLiquidated' }
  | { readonly kind: 'reset' };

function withResync(room: RoomState, stream: string, on: boolean): RoomState {
  const has = room.resyncing.includes(stream);
  if (on === has) return room;
  return { ...room, resyncing: on ? [...room.resyncing, stream] : room.resyncing.filter((s) => s !== stream) };
}

function onMessage(s: AppState, m: StreamMessage): AppState {
  const gt = m.gameTime;
  switch (m.type) {
    case 'book.snapshot':
      return { ...s, book: bookSnapshot(m.data), room: withResync(s.room, 'book', false) };
    case 'book.delta':
      return { ...s, book: bookDelta(s.book, m.data) };
    case 'trades.trade': {
      const trades = addTrade(s.trades, m.data, gt);
      const t = trades.items[0]!;
      return { ...s, trades, candles: candleTrade(s.candles, t), estMap: estMapTrade(s.estMap, t) };
    }
    case 'ticker.update': {
      const ticker = tickerUpdate(s.ticker, m.data, gt);
      const t = ticker.current!;
      const room = m.data.histTime ? { ...s.room, histTime: m.data.histTime, gameSec: gameSeconds(gt) } : { ...s.room, gameSec: Math.max(s.room.gameSec, gameSeconds(gt)) };
      return { ...s, ticker, room, candles: candleTicker(s.candles, t, gt), estMap: estMapTicker(s.estMap, t) };
    }
    case 'liquidations.event':
      return { ...s, liquidations: addLiquidation(s.liquidations, m.data, gt) };
    case 'room.status':
      return { ...s, room: roomStatus(s.room, m.data) };
    case 'room.news':
      return { ...s, room: roomNews(s.room, m.data.text, gameSeconds(gt)) };
    case 'room.standings':
      return { ...s, room: roomStandings(s.room, m.data.rows) };
    case 'orders.snapshot':
      return { ...s, orders: ordersSnapshot(s.orders, m.data.orders), room: withResync(s.room, 'orders', false) };
    case 'orders.update':
      return { ...s, orders: orderUpdate(s.orders, m.data) };
    case 'fills.fill':
      return { ...s, account: fillAdded(s.account, m.data, gt) };
    case 'position.update':
      return { ...s, account: positionUpdate(s.account, m.data) };
    case 'margin.update':
      return { ...s, account: marginUpdate(s.account, m.data) };
    case 'account.update':
      return { ...s, account: accountUpdate(s.account, m.data) };
    case 'liquidated.event':
      return { ...s, account: liquidatedEvent(s.account, m.data, gt) };
    case 'risk.update':
      return { ...s, risk: riskUpdate(s.risk, m.data) };
  }
}

export function reduce(s: AppState, a: Action): AppState {
  switch (a.kind) {
    case 'message':
      return onMessage(s, a.msg);
    case 'gap': {
      const room = withResync(s.room, a.stream, true);
      if (a.stream === 'book') return { ...s, room, book: bookStale(s.book) };
      if (a.stream === 'orders') return { ...s, room, orders: ordersStale(s.orders) };
      return { ...s, room: withResync(s.room, a.stream, false) }; // event streams: nothing to rebuild, just continue
    }
    case 'connection': {
      const room = { ...s.room, connection: a.status, connectionDetail: a.detail ?? '' };
      // A new connection restarts every stream with a snapshot; mark snapshot-based slices stale meanwhile.
      if (a.status === 'reconnecting') return { ...s, room, book: bookStale(s.book), orders: s.orders.status === 'empty' ? s.orders : ordersStale(s.orders) };
      return { ...s, room };
    }
    case 'welcome':
      return { ...s, room: { ...s.room, role: a.welcome.role, playerId: a.welcome.playerId ?? null, nickname: a.welcome.nickname ?? null } };
    case 'dismissLiquidated':
      return { ...s, account: liquidatedDismissed(s.account) };
    case 'reset':
      return initialState();
  }
}

/** A holder for the state with change notification; the reducer stays pure. */
export interface Store {
  getState(): AppState;
  dispatch(a: Action): void;
  subscribe(f: (s: AppState) => void): () => void;
}

export function createStore(initial: AppState = initialState()): Store {
  let state = initial;
  const subs = new Set<(s: AppState) => void>();
  return {
    getState: () => state,
    dispatch(a) {
      const next = reduce(state, a);
      if (next === state) return;
      state = next;
      for (const f of subs) f(state);
    },
    subscribe(f) {
      subs.add(f);
      return () => subs.delete(f);
    },
  };
}
