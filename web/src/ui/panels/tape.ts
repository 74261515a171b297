/** Trade tape: newest first; taker side as text (BUY/SELL) as well as colour; liquidation fills flagged. */
import { formatFixed } from '../../calc';
import { formatGameClock, gameSeconds, type AppState } from '../../state';
import { h, panel, setClass, setText } from '../dom';
import { onChange, type Panel } from '../frame';
import { fmtPrice } from '../format';

export function tapePanel(rows = 24): Panel {
  const items = Array.from({ length: rows }, () => {
    const p = h('span', { class: 'tp' });
    const q = h('span', { class: 'tq' });
    const sd = h('span', { class: 'ts' });
    const t = h('span', { class: 'tt' });
    return { el: h('div', { class: 'trow' }, p, q, sd, t), p, q, sd, t };
  });
  const el = panel('Trades', 'trade-tape', h('div', { class: 'tape' }, ...items.map((i) => i.el)));
  return {
    el,
    update: onChange((s: AppState) => s.trades, (tr) => {
      items.forEach((r, i) => {
        const t = tr.items[i];
        setText(r.p, t ? fmtPrice(t.price) : '');
        setText(r.q, t ? formatFixed(t.qty, 3) : '');
        setText(r.sd, t ? (t.liquidation ? `${t.side} LIQ` : t.side) : '');
        setText(r.t, t ? formatGameClock(gameSeconds(t.gameTime)) : '');
        setClass(r.el, 'buy', t?.side === 'BUY');
        setClass(r.el, 'sell', t?.side === 'SELL');
        setClass(r.el, 'liq', t?.liquidation === true);
      });
    }),
  };
}
