/**
 * Candlestick chart (10-game-second candles from trades, state/candles.ts) with mark and index lines, the player's liquidation
 * price line, and the estimated liquidation map drawn as an overlay on the price axis. Updated incrementally
 * with `series.update`; a full `setData` only when the history was trimmed or reset.
 * lightweight-charts (Apache-2.0) asks for attribution: the TradingView logo stays on (`attributionLogo`).
 */
import {
  CandlestickSeries, ColorType, CrosshairMode, LineSeries, LineStyle, createChart, type IChartApi, type IPriceLine,
  type ISeriesApi, type Time, type UTCTimestamp,
} from 'lightweight-charts';
import { liqMapRows, toNumber } from '../../calc';
import type { AppState, Candle, LinePoint } from '../../state';
import { formatGameClock } from '../../state';
import { h } from '../dom';
import type { Panel } from '../frame';

interface SeriesSync<T> {
  items: readonly T[];
  first: number | null;
}

const ts = (t: number) => t as UTCTimestamp;
const AUTO_FIT_BARS = 120;

export interface ChartOptions {
  readonly showLiqLine?: boolean;
  readonly showEstMap?: boolean;
  readonly testid?: string;
}

export function chartPanel(opts: ChartOptions = {}): Panel {
  const host = h('div', { class: 'chart-host' });
  const overlay = h('canvas', { class: 'chart-overlay', 'aria-hidden': 'true' });
  const legend = h('div', { class: 'chart-legend' },
    h('span', { class: 'lg-last' }, 'Candles: last (10 game-s)'),
    h('span', { class: 'lg-mark' }, '— Mark'),
    h('span', { class: 'lg-index' }, '- - Index'),
    opts.showEstMap ? h('span', { class: 'lg-map' }, '▮ est. liq. map (model)') : null);
  const el = h('div', { class: 'chart-wrap', testid: opts.testid ?? 'chart', role: 'img', 'aria-label': 'Price chart: candles of the last price, mark and index lines' }, host, overlay, legend);

  let histOffset: number | null = null;
  const fmtTime = (t: Time): string => {
    const sec = Number(t);
    if (histOffset !== null) return new Date((sec + histOffset) * 1000).toISOString().slice(5, 16).replace('T', ' ');
    return formatGameClock(sec);
  };
  const chart: IChartApi = createChart(host, {
    autoSize: true,
    layout: { background: { type: ColorType.Solid, color: '#0f1419' }, textColor: '#c9d1d9', attributionLogo: true, fontFamily: 'inherit' },
    grid: { vertLines: { color: '#1c232b' }, horzLines: { color: '#1c232b' } },
    crosshair: { mode: CrosshairMode.Normal },
    rightPriceScale: { borderColor: '#30363d' },
    timeScale: { borderColor: '#30363d', timeVisible: true, secondsVisible: false, tickMarkFormatter: fmtTime, rightOffset: 3, maxBarSpacing: 24 },
    localization: { timeFormatter: fmtTime },
  });
  const candles: ISeriesApi<'Candlestick'> = chart.addSeries(CandlestickSeries, {
    upColor: '#26a69a', downColor: '#ef5350', borderVisible: false, wickUpColor: '#26a69a', wickDownColor: '#ef5350', title: 'Last',
  });
  const mark: ISeriesApi<'Line'> = chart.addSeries(LineSeries, { color: '#f0b90b', lineWidth: 2, title: 'Mark', priceLineVisible: false });
  const index: ISeriesApi<'Line'> = chart.addSeries(LineSeries, { color: '#58a6ff', lineWidth: 1, lineStyle: LineStyle.Dashed, title: 'Index', priceLineVisible: false });
  let liqLine: IPriceLine | null = null;
  // A young room has few candles: spread them over the width (up to AUTO_FIT_BARS, i.e. 20 game-minutes) instead
  // of a thin strip at the right edge, until the user scrolls or zooms the chart themselves.
  let autoFit = true;
  let fittedBars = -1;
  for (const ev of ['mousedown', 'wheel', 'touchstart']) host.addEventListener(ev, () => (autoFit = false), { passive: true });

  const syncs = { candles: { items: [], first: null } as SeriesSync<Candle>, mark: { items: [], first: null } as SeriesSync<LinePoint>, index: { items: [], first: null } as SeriesSync<LinePoint> };

  function sync<T extends { time: number }>(state: SeriesSync<T>, next: readonly T[], series: ISeriesApi<'Candlestick'> | ISeriesApi<'Line'>, map: (x: T) => object): void {
    if (next === state.items) return;
    const first = next[0]?.time ?? null;
    const prevLen = state.items.length;
    if (first !== state.first || next.length < prevLen || prevLen === 0) {
      series.setData(next.map(map) as never);
    } else {
      // the last known item may have changed (open candle), then any new ones
      for (let i = Math.max(0, prevLen - 1); i < next.length; i++) series.update(map(next[i]!) as never);
    }
    state.items = next;
    state.first = first;
  }

  function drawOverlay(s: AppState): void {
    const ctx = overlay.getContext('2d');
    const w = host.clientWidth;
    const hgt = host.clientHeight;
    if (!ctx || w === 0) return;
    const dpr = globalThis.devicePixelRatio || 1;
    if (overlay.width !== Math.round(w * dpr)) overlay.width = Math.round(w * dpr);
    if (overlay.height !== Math.round(hgt * dpr)) overlay.height = Math.round(hgt * dpr);
    overlay.style.width = `${w}px`;
    overlay.style.height = `${hgt}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    if (!opts.showEstMap) return;
    const rows = liqMapRows(s.estMap.map);
    const max = rows.reduce((m, r) => Math.max(m, r[1], r[2]), 0);
    if (max <= 0) return;
    const axis = chart.priceScale('right').width();
    const maxBar = Math.min(140, w * 0.2);
    const bucket = s.estMap.map.bucket;
    const paneBottom = hgt - chart.timeScale().height();
    for (const [p, longN, shortN] of rows) {
      const y1 = candles.priceToCoordinate(p + bucket);
      const y0 = candles.priceToCoordinate(p);
      if (y0 === null || y1 === null || Math.max(y0, y1) < 0 || Math.min(y0, y1) > paneBottom) continue;
      const hh = Math.max(1, Math.abs(y0 - y1) - 0.5);
      const right = w - axis;
      if (longN > 0) {
        ctx.fillStyle = 'rgba(239,83,80,0.45)'; // longs liquidate by selling: below price
        ctx.fillRect(right - (longN / max) * maxBar, Math.min(y0, y1), (longN / max) * maxBar, hh);
      }
      if (shortN > 0) {
        ctx.fillStyle = 'rgba(38,166,154,0.45)';
        ctx.fillRect(right - (shortN / max) * maxBar, Math.min(y0, y1), (shortN / max) * maxBar, hh);
      }
    }
  }

  // The price scale settles after the chart has drawn, so the overlay is redrawn one frame later, and on
  // scrolling/zooming and resizes.
  let lastState: AppState | null = null;
  let overlayFrame = 0;
  const redraw = () => {
    if (overlayFrame) return;
    overlayFrame = requestAnimationFrame(() => {
      overlayFrame = 0;
      if (lastState) drawOverlay(lastState);
    });
  };
  chart.timeScale().subscribeVisibleLogicalRangeChange(redraw);
  const resize = new ResizeObserver(redraw);
  resize.observe(host);

  return {
    el,
    update(s) {
      lastState = s;
      const t = s.ticker.current;
      if (t?.histTime) {
        const hist = Date.parse(t.histTime) / 1000;
        if (Number.isFinite(hist)) histOffset = hist - s.room.gameSec;
      }
      sync(syncs.candles, s.candles.candles, candles, (c) => ({ time: ts(c.time), open: c.open, high: c.high, low: c.low, close: c.close }));
      sync(syncs.mark, s.candles.mark, mark, (p) => ({ time: ts(p.time), value: p.value }));
      sync(syncs.index, s.candles.index, index, (p) => ({ time: ts(p.time), value: p.value }));
      const bars = Math.max(s.candles.candles.length, s.candles.mark.length);
      if (autoFit && bars !== fittedBars && bars > 1 && bars <= AUTO_FIT_BARS) {
        fittedBars = bars;
        chart.timeScale().fitContent();
      }
      if (opts.showLiqLine) {
        const lp = s.account.margin?.liquidationPrice ?? null;
        if (lp === null && liqLine) {
          candles.removePriceLine(liqLine);
          liqLine = null;
        } else if (lp !== null) {
          const o = { price: toNumber(lp), color: '#ff7b72', lineWidth: 2 as const, lineStyle: LineStyle.Dotted, axisLabelVisible: true, title: 'Your liq.' };
          if (liqLine) liqLine.applyOptions(o);
          else liqLine = candles.createPriceLine(o);
        }
      }
      redraw();
    },
    destroy() {
      if (overlayFrame) cancelAnimationFrame(overlayFrame);
      resize.disconnect();
      chart.remove();
    },
  };
}
