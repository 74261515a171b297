/** Order-book ladder: asks above, spread, bids below; depth bars by cumulative size. Fixed rows, text-only updates. */
import { formatFixed, toNumber } from '../../calc';
import { spread, withCumulative, type AppState, type BookState } from '../../state';
import { h, panel, setText } from '../dom';
import type { Panel } from '../frame';
import { fmtPrice } from '../format';
import { onChange } from '../frame';

interface Row { el: HTMLElement; price: HTMLElement; qty: HTMLElement; cum: HTMLElement; bar: HTMLElement }

function row(side: 'bid' | 'ask'): Row {
  const price = h('span', { class: 'lp' });
  const qty = h('span', { class: 'lq' });
  const cum = h('span', { class: 'lc' });
  const bar = h('span', { class: `lbar ${side}` });
  return { el: h('div', { class: `lrow ${side}` }, bar, price, qty, cum), price, qty, cum, bar };
}

export function ladderPanel(levels = 12): Panel {
  const asks = Array.from({ length: levels }, () => row('ask'));
  const bids = Array.from({ length: levels }, () => row('bid'));
  const spreadEl = h('div', { class: 'lspread', testid: 'book-spread' });
  const status = h('div', { class: 'lstatus', testid: 'book-status' });
  const body = h('div', { class: 'ladder', role: 'table', 'aria-label': 'Order book' },
    h('div', { class: 'lrow head' }, h('span', { class: 'lp', text: 'Price (USDT)' }), h('span', { class: 'lq', text: 'Size (BTC)' }), h('span', { class: 'lc', text: 'Total' })),
    ...asks.slice().reverse().map((r) => r.el), spreadEl, ...bids.map((r) => r.el));
  const el = panel('Order book', 'order-book', status, body);

  const fill = (rows: Row[], book: BookState, side: 'bids' | 'asks', max: number) => {
    const cum = withCumulative(book[side].slice(0, levels));
    rows.forEach((r, i) => {
      const l = cum[i];
      setText(r.price, l ? fmtPrice(l.price) : '');
      setText(r.qty, l ? formatFixed(l.qty, 3) : '');
      setText(r.cum, l ? formatFixed(l.cumulative, 3) : '');
      r.bar.style.width = l && max > 0 ? `${Math.min(100, (toNumber(l.cumulative) / max) * 100).toFixed(1)}%` : '0';
    });
  };
  const render = onChange((s: AppState) => s.book, (book) => {
    const top = (side: 'bids' | 'asks') => withCumulative(book[side].slice(0, levels)).at(-1)?.cumulative ?? 0n;
    const max = Math.max(toNumber(top('bids')), toNumber(top('asks')));
    fill(asks, book, 'asks', max);
    fill(bids, book, 'bids', max);
    const sp = spread(book);
    const mid = book.bids[0] && book.asks[0] ? toNumber(book.bids[0].price + book.asks[0].price) / 2 : null;
    setText(spreadEl, sp === null ? 'Spread --' : `Spread ${formatFixed(sp, 1)} (${mid ? ((toNumber(sp) / mid) * 10000).toFixed(1) : '--'} bp)`);
    setText(status, book.status === 'stale' ? 'Resyncing…' : book.status === 'empty' ? 'Waiting for the book…'
      : !book.bids.length && !book.asks.length ? 'No resting orders: the book is empty.' : '');
  });
  return { el, update: render };
}
