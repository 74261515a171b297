/** Instructor risk dashboard: numbers plus the true vs estimated liquidation map side by side. */
import { liqMapRows, parseFixed, toNumber } from '../../calc';
import type { AppState } from '../../state';
import { h, panel, setText, stat } from '../dom';
import type { Panel } from '../frame';
import { fmtCompactUsd } from '../format';

const n = (v: string | undefined): number => {
  try {
    return v === undefined ? 0 : toNumber(parseFixed(v));
  } catch {
    return 0;
  }
};

export function riskPanel(): Panel {
  const oi = stat('Open interest', 'risk-oi');
  const ls = stat('Long/short ratio', 'risk-ls');
  const fund = stat('Insurance fund', 'risk-insurance-fund');
  const depth = stat('Depth ±1 % (bid / ask)', 'risk-depth');
  const lpm = stat('Liquidations (total)', 'risk-liq-rate');
  const gen = stat('Max cascade generation', 'risk-generation');
  const canvas = h('canvas', { class: 'mapcmp', width: 640, height: 220, role: 'img', 'aria-label': 'True versus estimated liquidation map', testid: 'risk-map' });
  const el = panel('Live risk', 'risk-dashboard', h('div', { class: 'stats-grid' }, oi.el, ls.el, fund.el, depth.el, lpm.el, gen.el),
    h('p', { class: 'small muted' }, 'Liquidation map by price: ', h('span', { class: 'pos' }, '▮ true (engine, all accounts)'), ' vs ', h('span', { class: 'warn-text' }, '▮ estimated (public-data model players see)')), canvas);
  let lastRisk: unknown = null;
  return {
    el,
    update(s: AppState) {
      const r = s.risk.latest;
      if (r === lastRisk) return;
      lastRisk = r;
      if (!r) return;
      setText(oi.value, `${r.openInterest} BTC`);
      setText(ls.value, r.longShortRatio === null ? '-- (no shorts)' : r.longShortRatio);
      setText(fund.value, `${fmtCompactUsd(n(r.insuranceFund))} USDT`);
      setText(depth.value, `${r.depth1pct.bids} / ${r.depth1pct.asks} BTC`);
      setText(lpm.value, String(r.liquidations));
      setText(gen.value, String(r.maxGeneration));
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const W = canvas.width;
      const H = canvas.height;
      ctx.clearRect(0, 0, W, H);
      const truth = r.trueLiquidationMap.map((b) => [n(b.price), n(b.long) + n(b.short)] as const);
      const est = liqMapRows(s.estMap.map).map(([p, l, sh]) => [p, l + sh] as const);
      const all = [...truth, ...est];
      if (all.length === 0) return;
      const mark = s.ticker.current ? toNumber(s.ticker.current.mark) : all[0]![0];
      const lo = mark * 0.85;
      const hi = mark * 1.15;
      const max = Math.max(...all.filter(([p]) => p >= lo && p <= hi).map(([, v]) => v), 1);
      const x = (p: number) => ((p - lo) / (hi - lo)) * W;
      const draw = (rows: ReadonlyArray<readonly [number, number]>, color: string, half: 0 | 1) => {
        ctx.fillStyle = color;
        for (const [p, v] of rows) {
          if (p < lo || p > hi) continue;
          const bh = (v / max) * (H - 20);
          ctx.fillRect(x(p) + half * 2, H - 14 - bh, 2, bh);
        }
      };
      draw(truth, '#3fb950', 0);
      draw(est, '#d29922', 1);
      ctx.fillStyle = '#c9d1d9';
      ctx.fillRect(x(mark), 0, 1, H - 14);
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillText(lo.toFixed(0), 2, H - 2);
      ctx.fillText(`mark ${mark.toFixed(0)}`, Math.max(0, x(mark) - 30), 12);
      ctx.fillText(hi.toFixed(0), W - 44, H - 2);
    },
  };
}
