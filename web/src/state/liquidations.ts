/** Public liquidation feed and cascade counters (no player identity, docs/api.md). */
import type { GameTimeStr, LiquidationEventData } from '../protocol';
import { notional, price, qty, type Price, type Qty, type Usdt } from '../calc';
import { pushRing } from './ring';
import { gameSeconds } from './time';

export const LIQUIDATIONS_CAP = 100;

export interface LiquidationItem {
  readonly id: string;
  readonly side: 'LONG' | 'SHORT';
  readonly qty: Qty;
  readonly price: Price;
  readonly markPrice: Price;
  readonly notional: Usdt;
  readonly generation: number;
  readonly episode: number;
  readonly causeKind: string;
  readonly causeDetail: string;
  readonly parentId: string | null;
  readonly gameSec: number;
}

export interface LiquidationsState {
  readonly items: readonly LiquidationItem[];
  readonly total: number;
  readonly totalNotional: Usdt;
  readonly longNotional: Usdt;
  readonly shortNotional: Usdt;
  /** Current (latest) episode, its event count and deepest generation. */
  readonly episode: number;
  readonly episodeCount: number;
  readonly maxGeneration: number;
}

export const emptyLiquidations: LiquidationsState = {
  items: [], total: 0, totalNotional: 0n as Usdt, longNotional: 0n as Usdt, shortNotional: 0n as Usdt, episode: 0, episodeCount: 0, maxGeneration: 0,
};

export function addLiquidation(s: LiquidationsState, d: LiquidationEventData, gameTime: GameTimeStr): LiquidationsState {
  const p = price(d.price);
  const q = qty(d.qty);
  const n = notional(p, q);
  const item: LiquidationItem = {
    id: d.liquidationId, side: d.side, qty: q, price: p, markPrice: price(d.markPrice), notional: n,
    generation: d.generation, episode: d.episode, causeKind: d.cause?.kind ?? 'UNKNOWN', causeDetail: d.cause?.detail ?? '',
    parentId: d.cause?.parentLiquidationId ?? null, gameSec: gameSeconds(gameTime),
  };
  const sameEpisode = d.episode === s.episode;
  return {
    items: pushRing(s.items, item, LIQUIDATIONS_CAP),
    total: s.total + 1,
    totalNotional: (s.totalNotional + n) as Usdt,
    longNotional: (d.side === 'LONG' ? s.longNotional + n : s.longNotional) as Usdt,
    shortNotional: (d.side === 'SHORT' ? s.shortNotional + n : s.shortNotional) as Usdt,
    episode: d.episode,
    episodeCount: sameEpisode ? s.episodeCount + 1 : 1,
    maxGeneration: sameEpisode ? Math.max(s.maxGeneration, d.generation) : d.generation,
  };
}

/** Liquidations in the last `windowSec` game seconds before `nowSec`, scaled to per minute. */
export function liquidationsPerMinute(s: LiquidationsState, nowSec: number, windowSec = 60): number {
  const n = s.items.filter((i) => i.gameSec > nowSec - windowSec).length;
  return (n * 60) / windowSec;
}
