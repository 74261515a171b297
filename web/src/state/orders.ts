/**
 * The player's orders from `orders.snapshot` / `orders.update`. Open orders (NEW, PARTIALLY_FILLED) are
 * listed; an order reaching FILLED / CANCELED / EXPIRED leaves the open list and goes to a short history.
 */
import type { OrderData, OrderStatus } from '../protocol';
import { pushRing } from './ring';

export const ORDER_HISTORY_CAP = 50;

export interface OrdersState {
  readonly status: 'empty' | 'live' | 'stale';
  /** orderId → order, insertion order = arrival. */
  readonly open: ReadonlyMap<string, OrderData>;
  readonly history: readonly OrderData[];
}

export const emptyOrders: OrdersState = { status: 'empty', open: new Map(), history: [] };

const isOpen = (s: OrderStatus) => s === 'NEW' || s === 'PARTIALLY_FILLED';

export function ordersSnapshot(s: OrdersState, orders: readonly OrderData[]): OrdersState {
  return { status: 'live', open: new Map(orders.filter((o) => isOpen(o.status)).map((o) => [o.orderId, o])), history: s.history };
}

export function orderUpdate(s: OrdersState, o: OrderData): OrdersState {
  const open = new Map(s.open);
  if (isOpen(o.status)) {
    open.set(o.orderId, o);
    return { ...s, open };
  }
  open.delete(o.orderId);
  return { ...s, open, history: pushRing(s.history, o, ORDER_HISTORY_CAP) };
}

export const ordersStale = (s: OrdersState): OrdersState => ({ ...s, status: 'stale' });
