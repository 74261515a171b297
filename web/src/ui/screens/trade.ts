/** The player's trading screen. */
import type { Ack } from '../../protocol';
import { h, panel } from '../dom';
import { bindPanels, onChange, type Panel } from '../frame';
import { tip } from '../glossary';
import { chartPanel } from '../panels/chart';
import { ladderPanel } from '../panels/ladder';
import { liqFeedPanel } from '../panels/liqfeed';
import { liquidatedModal } from '../panels/liquidated';
import { openOrdersPanel } from '../panels/orders';
import { orderEntryPanel, type OrderRequest } from '../panels/orderentry';
import { positionPanel, warningBanner } from '../panels/position';
import { standingsTable } from '../panels/standings';
import { tapePanel } from '../panels/tape';
import { newsBanner, tickerBar } from '../panels/tickerbar';
import { errorText, type Ports } from '../ports';

export function tradeScreen(root: HTMLElement, ports: Ports, code: string): () => void {
  if (!ports.session.player(code)) {
    ports.navigate(`#/?room=${encodeURIComponent(code)}`);
    return () => undefined;
  }
  const live = ports.connect(code, 'player');
  let leverage: number | null = null;
  let mode: string | null = null;
  const place = async (o: OrderRequest): Promise<string> => {
    try {
      const pos = live.store.getState().account.position;
      if (!o.reduceOnly && mode !== o.marginMode && (pos?.marginMode ?? 'CROSS') !== o.marginMode) {
        await live.send({ type: 'setMarginMode', mode: o.marginMode });
        mode = o.marginMode;
      }
      if (!o.reduceOnly && leverage !== o.leverage && pos?.leverage !== o.leverage) {
        await live.send({ type: 'setLeverage', leverage: o.leverage });
        leverage = o.leverage;
      }
      const ack = (await live.send({
        type: 'placeOrder', side: o.side, orderType: o.orderType, qty: o.qty, reduceOnly: o.reduceOnly,
        ...(o.price ? { price: o.price, tif: 'GTC' as const } : {}), clientOrderId: `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      })) as Ack;
      return `Order accepted${ack.data?.['orderId'] ? ` (#${String(ack.data['orderId'])})` : ''}.`;
    } catch (e) {
      throw new Error(errorText(e));
    }
  };
  const notice = h('p', { class: 'oe-msg', role: 'status', testid: 'action-message' });
  const report = (p: Promise<unknown>, ok: string) => p.then(() => (notice.textContent = ok), (e: unknown) => (notice.textContent = errorText(e)));

  const standings = h('section', { class: 'panel', testid: 'standings-panel', hidden: true });
  const standingsPanel: Panel = {
    el: standings,
    update: onChange((s) => s.room.status === 'ENDED' ? (s.room.standings ?? 'fetch') : null, (v) => {
      standings.hidden = v === null;
      if (v === null) return;
      if (v === 'fetch') {
        ports.api.standings(code).then((rows) => standings.replaceChildren(h('h2', { class: 'panel-title', text: 'Final standings' }), standingsTable(rows)), () => undefined);
      } else standings.replaceChildren(h('h2', { class: 'panel-title', text: 'Final standings' }), standingsTable(v));
    }),
  };

  const panels: Panel[] = [
    tickerBar(), newsBanner(), warningBanner(),
    chartPanel({ showLiqLine: true, showEstMap: true }), ladderPanel(), tapePanel(), orderEntryPanel(place),
    positionPanel(() => void report(live.send({ type: 'closePosition' }), 'Close sent.')),
    openOrdersPanel((id) => void report(live.send({ type: 'cancelOrder', orderId: id }), `Cancel of #${id} sent.`)),
    liqFeedPanel(), liquidatedModal(live.store), standingsPanel,
  ];
  const [ticker, news, warn, chart, ladder, tape, entry, position, orders, feed, modal] = panels as [Panel, Panel, Panel, Panel, Panel, Panel, Panel, Panel, Panel, Panel, Panel];
  root.replaceChildren(h('main', { class: 'trade', testid: 'trade-screen' },
    h('div', { class: 'topline' }, h('span', {}, 'Room ', h('strong', { testid: 'room-code', text: code })),
      h('span', { class: 'muted' }, `Player ${ports.session.player(code)?.nickname ?? ''}`),
      h('a', { href: `#/room/${code}/briefing` }, 'Briefing & glossary')),
    ticker.el, news.el, warn.el,
    h('div', { class: 'trade-grid' },
      h('div', { class: 'col-chart' }, panel('Chart', 'chart-panel', h('span', { class: 'muted small' }, 'Estimated liquidation map ', tip('estMap')), chart.el), position.el, orders.el),
      h('div', { class: 'col-book' }, ladder.el, tape.el),
      h('div', { class: 'col-entry' }, entry.el, notice, feed.el)),
    standings, modal.el));
  const unbind = bindPanels(live.store, panels);
  return () => {
    unbind();
    live.close();
  };
}
