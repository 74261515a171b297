/**
 * WebSocket messages of docs/api.md: envelope `{type, v, stream, seq, ts, gameTime, data}` per stream.
 * One interface per stream kind; `ServerMessage` is the discriminated union the net layer hands upwards.
 */
import type { GameTimeStr, PriceStr, QtyStr, RateStr, SignedQtyStr, UsdtStr } from './decimal';
import type { MarginMode, RoomStatus, StandingRow } from './rest';

export const PROTOCOL_VERSION = 1;

export type BookLevel = readonly [PriceStr, QtyStr];
export type TakerSide = 'BUY' | 'SELL';
export type PositionSide = 'LONG' | 'SHORT';
export type OrderType = 'LIMIT' | 'MARKET';
export type OrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED';
export type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'POST_ONLY';

export const PUBLIC_STREAMS = ['book', 'trades', 'ticker', 'liquidations', 'room'] as const;
export const PRIVATE_STREAMS = ['orders', 'fills', 'position', 'margin', 'account', 'liquidated'] as const;
export const INSTRUCTOR_STREAMS = ['risk'] as const;
export type StreamName =
  | (typeof PUBLIC_STREAMS)[number]
  | (typeof PRIVATE_STREAMS)[number]
  | (typeof INSTRUCTOR_STREAMS)[number];

export interface BookData { readonly bids: readonly BookLevel[]; readonly asks: readonly BookLevel[]; readonly bookSeq: number }
export interface TradeData { readonly price: PriceStr; readonly qty: QtyStr; readonly side: TakerSide; readonly liquidation: boolean; readonly gameTime?: GameTimeStr }
/** Public trades since the previous batch (the server sends at most 10 batches per second), oldest first. */
export interface TradeBatchData { readonly trades: readonly TradeData[] }
export interface TickerData {
  readonly mark: PriceStr; readonly index: PriceStr; readonly last: PriceStr; readonly fundingRate: RateStr;
  readonly nextFundingTime: GameTimeStr | string; readonly openInterest: QtyStr; readonly insuranceFund: UsdtStr;
  readonly histTime?: string;
}
export interface LiquidationCause { readonly kind: string; readonly parentLiquidationId?: string; readonly detail?: string }
export interface LiquidationEventData {
  readonly liquidationId: string; readonly side: PositionSide; readonly qty: QtyStr; readonly price: PriceStr;
  readonly markPrice: PriceStr; readonly generation: number; readonly episode: number; readonly cause: LiquidationCause;
}
export interface RoomStatusData {
  readonly roomCode?: string; readonly scenarioId?: string; readonly title?: string; readonly playerCap?: number;
  readonly status: RoomStatus; readonly speed: number; readonly gameTime: GameTimeStr; readonly histTime?: string;
  readonly players: number; readonly locked: boolean;
}
export interface OrderData {
  readonly orderId: string; readonly clientOrderId?: string; readonly side: TakerSide; readonly type: OrderType;
  readonly price?: PriceStr; readonly qty: QtyStr; readonly remaining: QtyStr; readonly status: OrderStatus;
  readonly reason?: string; readonly reduceOnly?: boolean;
}
export interface FillData {
  readonly orderId: string; readonly tradeId?: string; readonly price: PriceStr; readonly qty: QtyStr; readonly side: TakerSide;
  readonly fee: UsdtStr; readonly liquidation: boolean;
}
export interface PositionData {
  /** null when flat (docs/api.md). */
  readonly size: SignedQtyStr; readonly entryPrice: PriceStr | null; readonly markPrice: PriceStr;
  readonly unrealizedPnl: UsdtStr; readonly roe: RateStr; readonly leverage: number; readonly marginMode: MarginMode;
  readonly isolatedMargin: UsdtStr;
}
export interface MarginData {
  readonly marginBalance: UsdtStr; readonly maintenanceMargin: UsdtStr; readonly marginRatio: RateStr;
  readonly liquidationPrice: PriceStr | null; readonly bankruptcyPrice: PriceStr | null; readonly adlQuantile: number;
  readonly available: UsdtStr;
}
export interface AccountData {
  readonly wallet: UsdtStr; readonly equity: UsdtStr; readonly realizedPnl: UsdtStr; readonly fees: UsdtStr; readonly funding: UsdtStr;
}
export interface LiquidatedData {
  readonly liquidationId?: string; readonly side?: PositionSide; readonly liquidationPrice?: PriceStr;
  readonly price: PriceStr; readonly bankruptcyPrice: PriceStr; readonly qty: QtyStr; readonly cause: LiquidationCause;
  readonly generation: number; readonly insuranceFundDelta: UsdtStr; readonly adl: boolean;
}
export interface RosterRow {
  readonly playerId: string; readonly nickname: string; readonly equity: UsdtStr; readonly leverage: number;
  /** Absolute size in BTC; the direction is `side`. */
  readonly position: QtyStr; readonly side: 'LONG' | 'SHORT' | 'FLAT';
  readonly marginRatio: RateStr; readonly status: 'ACTIVE' | 'LIQUIDATED' | 'KICKED';
}
/** A true-map bucket: price → notional that would be force-sold (long) or force-bought (short). */
export interface TrueMapBucket { readonly price: PriceStr; readonly long: UsdtStr; readonly short: UsdtStr }
export interface RiskData {
  readonly trueLiquidationMap: readonly TrueMapBucket[]; readonly openInterest: QtyStr;
  /** Accounts long / short; null with no shorts. */
  readonly longShortRatio: RateStr | null;
  readonly insuranceFund: UsdtStr;
  /** BTC resting within 1 % of mid, per side. */
  readonly depth1pct: { readonly bids: QtyStr; readonly asks: QtyStr };
  /** Liquidations so far in the room. */
  readonly liquidations: number;
  readonly maxGeneration: number; readonly roster: readonly RosterRow[];
}

/** Data type by message `type`. */
export interface StreamPayloads {
  'book.snapshot': BookData; 'book.delta': BookData;
  'trades.trade': TradeData;
  'trades.batch': TradeBatchData;
  'ticker.update': TickerData;
  'liquidations.event': LiquidationEventData;
  'room.status': RoomStatusData; 'room.news': { readonly text: string }; 'room.standings': { readonly rows: readonly StandingRow[] };
  'orders.snapshot': { readonly orders: readonly OrderData[] }; 'orders.update': OrderData;
  'fills.fill': FillData;
  'position.update': PositionData;
  'margin.update': MarginData;
  'account.update': AccountData;
  'liquidated.event': LiquidatedData;
  'risk.update': RiskData;
}
export type StreamMessageType = keyof StreamPayloads;

export type StreamMessage = {
  [K in StreamMessageType]: {
    readonly type: K; readonly v: number; readonly stream: StreamName; readonly seq: number; readonly ts: number;
    readonly gameTime: GameTimeStr; readonly data: StreamPayloads[K];
  };
}[StreamMessageType];

export interface Welcome {
  readonly type: 'welcome'; readonly v: number; readonly id?: string; readonly room?: string; readonly role: 'player' | 'instructor' | 'spectator';
  readonly playerId?: string; readonly nickname?: string; readonly serverTime: number;
}
export interface Ack { readonly type: 'ack'; readonly id: string; readonly data?: Record<string, unknown> }
export interface ErrorReply { readonly type: 'error'; readonly id?: string; readonly code: string; readonly message: string }

export type ServerMessage = StreamMessage | Welcome | Ack | ErrorReply;
