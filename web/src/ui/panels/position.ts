/**
 * The player's position: size with LONG/SHORT label, entry, mark, liquidation and bankruptcy price, margin
 * ratio bar, uPnL and ROE, ADL lights 0–4, odds of reaching the liquidation price in 1 h / 24 h, and the
 * escalating warning as the margin ratio rises.
 */
import { liquidationProbability, marginWarningLevel, toNumber } from '../../calc';
import { markVolatility } from '../../state';
import { h, panel, setClass, setText, stat } from '../dom';
import { tip } from '../glossary';
import type { Panel } from '../frame';
import { fmtLiq, fmtOdds, fmtPct, fmtPrice, fmtQty, fmtUsdt, sideLabel } from '../format';

const WARNINGS = [
  '',
  'Margin ratio above 50 %: your cushion is shrinking.',
  'Margin ratio above 70 %: consider adding margin or reducing size.',
  'DANGER: margin ratio above 85 % — liquidation is close.',
  'LIQUIDATION: margin ratio reached 100 %.',
];

export function warningBanner(): Panel {
  const el = h('div', { class: 'warning', role: 'alert', testid: 'margin-warning', hidden: true });
  return {
    el,
    update(s) {
      const lvl = marginWarningLevel(s.account.margin && s.account.position?.size ? s.account.margin.marginRatio : null);
      el.hidden = lvl === 0;
      el.dataset['level'] = String(lvl);
      setText(el, WARNINGS[lvl] ?? '');
    },
  };
}

export function positionPanel(onClose: () => void): Panel {
  const size = stat('Size', 'position-size');
  const entry = stat('Entry', 'position-entry');
  const mark = stat('Mark', 'position-mark', tip('mark'));
  const liq = stat('Liq. price', 'liq-price', tip('liquidation'));
  const bk = stat('Bankruptcy', 'bankruptcy-price', tip('bankruptcy'));
  const upnl = stat('uPnL (USDT)', 'position-upnl');
  const roeS = stat('ROE', 'position-roe');
  const lev = stat('Leverage / mode', 'position-leverage');
  const ratioText = h('span', { class: 'stat-value', testid: 'margin-ratio' });
  const ratioFill = h('div', { class: 'bar-fill' });
  const ratio = h('div', { class: 'stat wide' }, h('span', { class: 'stat-label' }, 'Margin ratio', tip('marginRatio')), ratioText,
    h('div', { class: 'bar', role: 'progressbar', 'aria-label': 'Margin ratio', 'aria-valuemin': 0, 'aria-valuemax': 100 }, ratioFill));
  const lights = Array.from({ length: 4 }, () => h('span', { class: 'light' }));
  const adlText = h('span', { class: 'sr-only' });
  const adl = h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, 'ADL', tip('adl')), h('span', { class: 'lights', testid: 'adl-quantile' }, ...lights, adlText));
  const p1 = stat('P(liq) 1 h', 'liq-prob-1h');
  const p24 = stat('P(liq) 24 h', 'liq-prob-24h');
  const wallet = stat('Wallet / equity', 'account-equity');
  const avail = stat('Available', 'account-available');
  const close = h('button', { class: 'btn', type: 'button', testid: 'close-position', onclick: () => onClose() }, 'Close position (market)');
  const el = panel('Position', 'position-panel',
    h('div', { class: 'stats-grid' }, size.el, entry.el, mark.el, liq.el, bk.el, upnl.el, roeS.el, lev.el, ratio, adl, p1.el, p24.el, wallet.el, avail.el),
    h('p', { class: 'muted small', text: 'Odds: GBM first passage of the mark to your liquidation price, σ = EWMA of mark returns. No jumps, no cascades — reality is worse.' }),
    close);
  return {
    el,
    update(s) {
      const p = s.account.position;
      const m = s.account.margin;
      const a = s.account.account;
      const open = !!p && p.size !== 0n;
      const side = p ? sideLabel(p.size) : 'FLAT';
      setText(size.value, open ? `${side} ${fmtQty(p.size)} BTC` : 'FLAT');
      setClass(size.value, 'pos', side === 'LONG');
      setClass(size.value, 'neg', side === 'SHORT');
      setText(entry.value, open ? fmtPrice(p.entryPrice, 2) : '--');
      setText(mark.value, fmtPrice(p?.markPrice ?? s.ticker.current?.mark));
      setText(liq.value, open ? fmtLiq(m?.liquidationPrice) : '--');
      setText(bk.value, open ? fmtLiq(m?.bankruptcyPrice) : '--');
      setText(upnl.value, open ? fmtUsdt(p.unrealizedPnl, 2, true) : '--');
      setClass(upnl.value, 'pos', open && p.unrealizedPnl > 0n);
      setClass(upnl.value, 'neg', open && p.unrealizedPnl < 0n);
      setText(roeS.value, open ? fmtPct(p.roe, 2, true) : '--');
      setText(lev.value, p ? `${p.leverage}× ${p.marginMode}` : '--');
      const r = open && m ? m.marginRatio : null;
      setText(ratioText, r === null ? '--' : fmtPct(r));
      const pct = r === null ? 0 : Math.min(100, toNumber(r) * 100);
      ratioFill.style.width = `${pct}%`;
      ratioFill.dataset['level'] = String(marginWarningLevel(r));
      ratio.querySelector('.bar')?.setAttribute('aria-valuenow', pct.toFixed(0));
      const q = open && m ? m.adlQuantile : 0;
      lights.forEach((l, i) => setClass(l, 'on', i < q));
      setText(adlText, `ADL quantile ${q} of 4`);
      adl.title = `ADL quantile ${q} of 4`;
      const lp = m?.liquidationPrice;
      if (open && lp && s.ticker.current) {
        const sigma = markVolatility(s.ticker);
        const mk = toNumber(s.ticker.current.mark);
        setText(p1.value, fmtOdds(liquidationProbability(side === 'LONG' ? 'LONG' : 'SHORT', mk, toNumber(lp), sigma, 3600)));
        setText(p24.value, fmtOdds(liquidationProbability(side === 'LONG' ? 'LONG' : 'SHORT', mk, toNumber(lp), sigma, 86_400)));
        p1.value.title = `σ = ${(sigma * 100).toFixed(0)} %/yr`;
      } else {
        setText(p1.value, '--');
        setText(p24.value, '--');
      }
      setText(wallet.value, a ? `${fmtUsdt(a.wallet)} / ${fmtUsdt(a.equity)}` : '--');
      setText(avail.value, m ? fmtUsdt(m.available) : '--');
      close.disabled = !open;
    },
  };
}
