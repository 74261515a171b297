/** Trade tape: a bounded newest-first ring of public trades. */
import type { GameTimeStr, TradeData } from '../protocol';
import { price, qty, type Price, type Qty } from '../calc';
import { pushRing } from './ring';

export const TRADES_CAP = 200;

export interface Trade {
  readonly price: Price;
  readonly qty: Qty;
  readonly side: 'BUY' | 'SELL';
  readonly liquidation: boolean;
  readonly gameTime: GameTimeStr;
}

export interface TradesState {
  readonly items: readonly Trade[];
  /** Total trades seen (the ring keeps only the last TRADES_CAP). */
  readonly count: number;
}

export const emptyTrades: TradesState = { items: [], count: 0 };

export function addTrade(s: TradesState, d: TradeData, gameTime: GameTimeStr, cap = TRADES_CAP): TradesState {
  const t: Trade = { price: price(d.price), qty: qty(d.qty), side: d.side, liquidation: d.liquidation, gameTime };
  return { items: pushRing(s.items, t, cap), count: s.count + 1 };
}
