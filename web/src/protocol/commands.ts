/** Client → server commands of docs/api.md. Every command carries an `id` answered by `ack` or `error`. */
import type { PriceStr, QtyStr, UsdtStr } from './decimal';
import type { OrderType, StreamName, TakerSide, TimeInForce } from './messages';
import type { MarginMode } from './rest';

export interface Hello { readonly type: 'hello'; readonly v: number; readonly room: string; readonly token?: string }

export type CommandBody =
  | {
      readonly type: 'placeOrder'; readonly side: TakerSide; readonly orderType: OrderType; readonly price?: PriceStr;
      readonly qty: QtyStr; readonly tif?: TimeInForce; readonly reduceOnly: boolean; readonly clientOrderId?: string;
    }
  | { readonly type: 'cancelOrder'; readonly orderId: string }
  | { readonly type: 'amendOrder'; readonly orderId: string; readonly price: PriceStr; readonly qty: QtyStr }
  | { readonly type: 'setLeverage'; readonly leverage: number }
  | { readonly type: 'setMarginMode'; readonly mode: MarginMode }
  | { readonly type: 'adjustMargin'; readonly amount: UsdtStr }
  | { readonly type: 'closePosition' }
  | { readonly type: 'resync'; readonly stream: StreamName }
  | { readonly type: 'ping' };

export type Command = CommandBody & { readonly id: string };
export type CommandType = CommandBody['type'];
