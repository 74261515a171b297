/**
 * The estimated liquidation map kept up to date from public streams only: open-interest changes from the
 * ticker (attributed to longs by the taker-buy share of the volume since the previous change) and the
 * traded price range (which consumes buckets). See calc/liqmap.ts for the recipe.
 */
import { emptyLiqMap, onOpenInterestChange, onPriceRange, toNumber, type LiqMap } from '../calc';
import type { Ticker } from './ticker';
import type { Trade } from './trades';

export interface EstMapState {
  readonly map: LiqMap;
  readonly lastOi: number | null;
  readonly buyVolume: number;
  readonly sellVolume: number;
}

export const emptyEstMap = (): EstMapState => ({ map: emptyLiqMap(50), lastOi: null, buyVolume: 0, sellVolume: 0 });

export function estMapTrade(s: EstMapState, t: Trade): EstMapState {
  const p = toNumber(t.price);
  const v = toNumber(t.qty);
  return {
    ...s,
    map: onPriceRange(s.map, p, p),
    buyVolume: s.buyVolume + (t.side === 'BUY' ? v : 0),
    sellVolume: s.sellVolume + (t.side === 'SELL' ? v : 0),
  };
}

export function estMapTicker(s: EstMapState, t: Ticker): EstMapState {
  const oi = toNumber(t.openInterest);
  if (s.lastOi === null) {
    // First sight: the OI that already exists entered at unknown prices; seed it at the current price.
    return { ...s, map: onOpenInterestChange(s.map, toNumber(t.last), oi, 0.5), lastOi: oi, buyVolume: 0, sellVolume: 0 };
  }
  const delta = oi - s.lastOi;
  if (delta === 0) return s;
  const vol = s.buyVolume + s.sellVolume;
  const longShare = vol > 0 ? s.buyVolume / vol : 0.5;
  return { map: onOpenInterestChange(s.map, toNumber(t.last), delta, longShare), lastOi: oi, buyVolume: 0, sellVolume: 0 };
}
