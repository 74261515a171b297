/** Public liquidation feed with cascade genealogy (generation, cause, parent). */
import { formatFixed } from '../../calc';
import { formatGameClock, type AppState, type LiquidationItem } from '../../state';
import { h, panel, setText } from '../dom';
import { onChange, type Panel } from '../frame';
import { fmtCompactUsd, fmtPrice } from '../format';
import { toNumber } from '../../calc';

function item(i: LiquidationItem): HTMLElement {
  const cause = i.parentId ? `gen ${i.generation} ← ${i.parentId}` : `gen ${i.generation} · ${i.causeKind}${i.causeDetail ? ` (${i.causeDetail})` : ''}`;
  return h('li', { class: `liq-item ${i.side === 'LONG' ? 'long' : 'short'}`, testid: 'liq-feed-item', 'data-generation': i.generation },
    h('span', { class: 'liq-side', text: `${i.side} liquidated` }),
    h('span', { text: `${formatFixed(i.qty, 3)} BTC @ ${fmtPrice(i.price)}` }),
    h('span', { class: 'muted', text: `${fmtCompactUsd(toNumber(i.notional))} USDT` }),
    h('span', { class: 'muted', text: cause }),
    h('span', { class: 'muted', text: formatGameClock(i.gameSec) }));
}

export function liqFeedPanel(max = 30, title = 'Liquidations'): Panel {
  const list = h('ol', { class: 'liq-feed', 'aria-live': 'polite' });
  const counter = h('div', { class: 'liq-counter', testid: 'cascade-counter' });
  const el = panel(title, 'liquidation-feed', counter, list);
  let lastFirst: string | null = null;
  return {
    el,
    update: onChange((s: AppState) => s.liquidations, (l) => {
      setText(counter, l.total === 0 ? 'No liquidations yet'
        : `${l.total} liquidations · episode ${l.episode}: ${l.episodeCount} events, ${l.maxGeneration} generation${l.maxGeneration === 1 ? '' : 's'}`);
      const first = l.items[0]?.id ?? null;
      if (first === lastFirst) return;
      lastFirst = first;
      list.replaceChildren(...l.items.slice(0, max).map(item));
    }),
  };
}
