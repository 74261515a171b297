/**
 * Ticker (mark, index, last, funding, OI, insurance fund) plus the mark-price volatility estimate used for
 * the liquidation odds: EWMA of 1-game-second log returns of mark, half-life 5 game-minutes (RULES.md).
 */
import type { GameTimeStr, TickerData } from '../protocol';
import { annualisedSigma, ewmaVariance, price, qty, rate, toNumber, usdt, type Price, type Qty, type Rate, type Usdt } from '../calc';
import { gameSeconds } from './time';

export interface Ticker {
  readonly mark: Price;
  readonly index: Price;
  readonly last: Price;
  readonly fundingRate: Rate;
  /** Game seconds of the next funding. */
  readonly nextFundingSec: number | null;
  readonly openInterest: Qty;
  readonly insuranceFund: Usdt;
  readonly histTime?: string;
}

export interface TickerState {
  readonly current: Ticker | null;
  readonly previous: Ticker | null;
  /** Game second and mark of the last volatility sample. */
  readonly volSampleSec: number | null;
  readonly volSampleMark: number | null;
  /** Per-second variance of mark log returns (EWMA); null until two samples. */
  readonly variance: number | null;
}

export const emptyTicker: TickerState = { current: null, previous: null, volSampleSec: null, volSampleMark: null, variance: null };

export function tickerUpdate(s: TickerState, d: TickerData, gameTime: GameTimeStr): TickerState {
  const t: Ticker = {
    mark: price(d.mark),
    index: price(d.index),
    last: price(d.last),
    fundingRate: rate(d.fundingRate),
    nextFundingSec: d.nextFundingTime !== undefined && /^\d+$/.test(String(d.nextFundingTime)) ? gameSeconds(String(d.nextFundingTime)) : null,
    openInterest: qty(d.openInterest),
    insuranceFund: usdt(d.insuranceFund),
    ...(d.histTime ? { histTime: d.histTime } : {}),
  };
  const sec = Math.floor(gameSeconds(gameTime));
  const mark = toNumber(t.mark);
  let { volSampleSec, volSampleMark, variance } = s;
  if (volSampleSec === null || volSampleMark === null) {
    volSampleSec = sec;
    volSampleMark = mark;
  } else if (sec > volSampleSec && mark > 0 && volSampleMark > 0) {
    const dt = sec - volSampleSec;
    variance = ewmaVariance(variance, Math.log(mark / volSampleMark) / Math.sqrt(dt));
    volSampleSec = sec;
    volSampleMark = mark;
  }
  return { current: t, previous: s.current, volSampleSec, volSampleMark, variance };
}

/** Annualised σ for the odds; falls back to `fallback` (a calm 60 %/yr) before enough samples. */
export const markVolatility = (s: TickerState, fallback = 0.6): number =>
  s.variance === null || s.variance === 0 ? fallback : annualisedSigma(s.variance);
