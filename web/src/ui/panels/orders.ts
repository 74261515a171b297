/** Open orders with cancel buttons. */
import { formatFixed, price, qty } from '../../calc';
import type { AppState } from '../../state';
import { h, panel } from '../dom';
import { onChange, type Panel } from '../frame';
import { fmtPrice } from '../format';

export function openOrdersPanel(cancel: (orderId: string) => void): Panel {
  const body = h('tbody');
  const empty = h('p', { class: 'muted', text: 'No open orders.' });
  const el = panel('Open orders', 'open-orders', h('table', { class: 'tbl' },
    h('thead', {}, h('tr', {}, ...['Side', 'Type', 'Price', 'Qty', 'Left', 'Status', ''].map((t) => h('th', { scope: 'col', text: t })))), body), empty);
  return {
    el,
    update: onChange((s: AppState) => s.orders.open, (open) => {
      empty.hidden = open.size > 0;
      body.replaceChildren(...[...open.values()].map((o) => h('tr', { testid: 'open-order-row', 'data-order-id': o.orderId },
        h('td', { class: o.side === 'BUY' ? 'pos' : 'neg', text: o.side }),
        h('td', { text: `${o.type}${o.reduceOnly ? ' RO' : ''}` }),
        h('td', { text: o.price ? fmtPrice(price(o.price)) : 'market' }),
        h('td', { text: formatFixed(qty(o.qty), 3) }),
        h('td', { text: formatFixed(qty(o.remaining), 3) }),
        h('td', { text: o.status }),
        h('td', {}, h('button', { class: 'btn small', type: 'button', testid: 'cancel-order', 'aria-label': `Cancel order ${o.orderId}`, onclick: () => cancel(o.orderId) }, 'Cancel')))));
    }),
  };
}
