/** The player's private streams: position, margin, account, fills, and the "you were liquidated" event. */
import type { AccountData, FillData, GameTimeStr, LiquidatedData, MarginData, PositionData } from '../protocol';
import { price, qty, rate, usdt, type Price, type Qty, type Rate, type Usdt } from '../calc';
import { pushRing } from './ring';

export const FILLS_CAP = 50;

export interface Position {
  /** Signed: > 0 long, < 0 short. */
  readonly size: Qty;
  /** null when flat. */
  readonly entryPrice: Price | null;
  readonly markPrice: Price;
  readonly unrealizedPnl: Usdt;
  readonly roe: Rate;
  readonly leverage: number;
  readonly marginMode: 'ISOLATED' | 'CROSS';
  readonly isolatedMargin: Usdt;
}
export interface Margin {
  readonly marginBalance: Usdt;
  readonly maintenanceMargin: Usdt;
  readonly marginRatio: Rate;
  readonly liquidationPrice: Price | null;
  readonly bankruptcyPrice: Price | null;
  readonly adlQuantile: number;
  readonly available: Usdt;
}
export interface Account {
  readonly wallet: Usdt;
  readonly equity: Usdt;
  readonly realizedPnl: Usdt;
  readonly fees: Usdt;
  readonly funding: Usdt;
}
export interface Fill {
  readonly orderId: string;
  readonly price: Price;
  readonly qty: Qty;
  readonly side: 'BUY' | 'SELL';
  readonly fee: Usdt;
  readonly liquidation: boolean;
  readonly gameTime: GameTimeStr;
}
export interface Liquidated {
  /** Mark price when the engine liquidated (docs/api.md `liquidated.event.price`). */
  readonly price: Price;
  /** The liquidation price the mark crossed; null if the server did not send it. */
  readonly liquidationPrice: Price | null;
  readonly side: 'LONG' | 'SHORT' | null;
  readonly bankruptcyPrice: Price;
  readonly qty: Qty;
  readonly causeKind: string;
  readonly causeDetail: string;
  readonly parentId: string | null;
  readonly generation: number;
  readonly insuranceFundDelta: Usdt;
  readonly adl: boolean;
  readonly gameTime: GameTimeStr;
}

export interface AccountState {
  readonly position: Position | null;
  readonly margin: Margin | null;
  readonly account: Account | null;
  readonly fills: readonly Fill[];
  /** Newest first; the UI shows the newest until dismissed. */
  readonly liquidations: readonly Liquidated[];
  /** Liquidations received on this screen, and how many the player has acknowledged. */
  readonly liquidatedCount: number;
  readonly liquidatedDismissed: number;
}

export const emptyAccount: AccountState = { position: null, margin: null, account: null, fills: [], liquidations: [], liquidatedCount: 0, liquidatedDismissed: 0 };

const maybePrice = (v: string | null | undefined): Price | null => (v === null || v === undefined || v === '' ? null : price(v));

export const positionUpdate = (s: AccountState, d: PositionData): AccountState => ({
  ...s,
  position: {
    size: qty(d.size), entryPrice: maybePrice(d.entryPrice), markPrice: price(d.markPrice), unrealizedPnl: usdt(d.unrealizedPnl),
    roe: rate(d.roe), leverage: d.leverage, marginMode: d.marginMode, isolatedMargin: usdt(d.isolatedMargin),
  },
});

export const marginUpdate = (s: AccountState, d: MarginData): AccountState => ({
  ...s,
  margin: {
    marginBalance: usdt(d.marginBalance), maintenanceMargin: usdt(d.maintenanceMargin), marginRatio: rate(d.marginRatio),
    liquidationPrice: maybePrice(d.liquidationPrice), bankruptcyPrice: maybePrice(d.bankruptcyPrice),
    adlQuantile: Math.max(0, Math.min(4, Math.trunc(d.adlQuantile))), available: usdt(d.available),
  },
});

export const accountUpdate = (s: AccountState, d: AccountData): AccountState => ({
  ...s,
  account: { wallet: usdt(d.wallet), equity: usdt(d.equity), realizedPnl: usdt(d.realizedPnl), fees: usdt(d.fees), funding: usdt(d.funding) },
});

export const fillAdded = (s: AccountState, d: FillData, gameTime: GameTimeStr): AccountState => ({
  ...s,
  fills: pushRing(s.fills, { orderId: d.orderId, price: price(d.price), qty: qty(d.qty), side: d.side, fee: usdt(d.fee), liquidation: d.liquidation, gameTime }, FILLS_CAP),
});

export const liquidatedEvent = (s: AccountState, d: LiquidatedData, gameTime: GameTimeStr): AccountState => ({
  ...s,
  liquidations: pushRing(s.liquidations, {
    price: price(d.price), liquidationPrice: maybePrice(d.liquidationPrice), side: d.side ?? null, bankruptcyPrice: price(d.bankruptcyPrice), qty: qty(d.qty), causeKind: d.cause?.kind ?? 'UNKNOWN',
    causeDetail: d.cause?.detail ?? '', parentId: d.cause?.parentLiquidationId ?? null, generation: d.generation,
    insuranceFundDelta: usdt(d.insuranceFundDelta), adl: d.adl, gameTime,
  }, 20),
  liquidatedCount: s.liquidatedCount + 1,
});

export const liquidatedDismissed = (s: AccountState): AccountState => ({ ...s, liquidatedDismissed: s.liquidatedCount });

/** True while the newest liquidation has not been acknowledged by the player. */
export const showLiquidated = (s: AccountState): boolean => s.liquidatedCount > s.liquidatedDismissed;
