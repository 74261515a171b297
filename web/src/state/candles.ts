/**
 * 10-game-second candles built from trades, plus mark/index line points on the same 10-second grid (the last
 * value of each interval, updated live). One grid for all series: a line with a point per second would give
 * the time scale 10 slots per candle and draw the candles as slivers. Chart time is game seconds; the UI
 * formats it (or the historical clock) on the axis. Floats: chart coordinates.
 */
import { toNumber } from '../calc';
import type { Ticker } from './ticker';
import type { Trade } from './trades';
import { gameSeconds } from './time';

export const CANDLE_SECONDS = 10;
export const CANDLES_CAP = 720;
export const LINE_CAP = 3600;

export interface Candle {
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}
export interface LinePoint {
  readonly time: number;
  readonly value: number;
}

export interface CandlesState {
  readonly candles: readonly Candle[];
  readonly mark: readonly LinePoint[];
  readonly index: readonly LinePoint[];
}

export const emptyCandles: CandlesState = { candles: [], mark: [], index: [] };

export function candleTrade(s: CandlesState, t: Trade): CandlesState {
  const time = Math.floor(gameSeconds(t.gameTime) / CANDLE_SECONDS) * CANDLE_SECONDS;
  const p = toNumber(t.price);
  const v = toNumber(t.qty);
  const last = s.candles[s.candles.length - 1];
  let candles: Candle[];
  if (last && last.time === time) {
    candles = s.candles.slice(0, -1);
    candles.push({ time, open: last.open, high: Math.max(last.high, p), low: Math.min(last.low, p), close: p, volume: last.volume + v });
  } else if (last && time < last.time) {
    return s; // out of order (should not happen on one stream); a chart only accepts increasing time
  } else {
    candles = [...s.candles, { time, open: p, high: p, low: p, close: p, volume: v }];
    trim(candles, CANDLES_CAP);
  }
  return { ...s, candles };
}

/**
 * Over the cap, drop the oldest quarter at once: the chart has to be redrawn from scratch (`setData`) whenever
 * the first item changes, so trimming one item per update would turn every update into a full redraw.
 */
function trim<T>(items: T[], cap: number): void {
  if (items.length > cap) items.splice(0, items.length - Math.floor((cap * 3) / 4));
}

function pushPoint(points: readonly LinePoint[], p: LinePoint): readonly LinePoint[] {
  const last = points[points.length - 1];
  if (last && p.time < last.time) return points;
  const next = last && last.time === p.time ? points.slice(0, -1) : points.slice();
  next.push(p);
  trim(next, LINE_CAP);
  return next;
}

export function candleTicker(s: CandlesState, t: Ticker, gameTime: string): CandlesState {
  const time = Math.floor(gameSeconds(gameTime) / CANDLE_SECONDS) * CANDLE_SECONDS;
  return { ...s, mark: pushPoint(s.mark, { time, value: toNumber(t.mark) }), index: pushPoint(s.index, { time, value: toNumber(t.index) }) };
}
