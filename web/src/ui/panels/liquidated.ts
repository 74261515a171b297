/** "You were liquidated": price, bankruptcy price, cause and generation, what the insurance fund / ADL did. */
import { formatFixed, type Usdt } from '../../calc';
import { formatGameClock, gameSeconds, showLiquidated, type Store } from '../../state';
import { h } from '../dom';
import type { Panel } from '../frame';
import { fmtLiq, fmtUsdt } from '../format';
import { tip } from '../glossary';

export function liquidatedModal(store: Store): Panel {
  const body = h('div', { class: 'modal-body' });
  const ok = h('button', { class: 'btn primary', type: 'button', testid: 'liquidated-dismiss', onclick: () => store.dispatch({ kind: 'dismissLiquidated' }) }, 'I understand — back to trading');
  const box = h('div', { class: 'modal', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'liq-title' },
    h('h2', { id: 'liq-title', text: 'You were liquidated' }), body, ok);
  const el = h('div', { class: 'modal-backdrop', testid: 'liquidated-screen', hidden: true }, box);
  let shown = -1;
  return {
    el,
    update(s) {
      const visible = showLiquidated(s.account);
      el.hidden = !visible;
      if (!visible || shown === s.account.liquidatedCount) return;
      shown = s.account.liquidatedCount;
      const l = s.account.liquidations[0]!;
      const fundText = l.insuranceFundDelta >= 0n
        ? `The insurance fund received ${fmtUsdt(l.insuranceFundDelta)} USDT: your position was closed better than its bankruptcy price, and what margin was left went to the fund.`
        : `The insurance fund paid ${fmtUsdt(-l.insuranceFundDelta as Usdt)} USDT: the book could not absorb your position at its bankruptcy price.`;
      body.replaceChildren(
        h('p', { class: 'big neg' }, `Your ${l.side ?? ''} position of ${formatFixed(l.qty, 3)} BTC was taken over by the liquidation engine`.replace('  ', ' ')),
        h('dl', { class: 'kv' },
          h('dt', {}, 'Liquidation price ', tip('liquidation')), h('dd', { testid: 'liquidated-price', text: `${fmtLiq(l.liquidationPrice ?? l.price)} USDT` }),
          h('dt', {}, 'Mark at liquidation ', tip('mark')), h('dd', { text: `${fmtLiq(l.price)} USDT` }),
          h('dt', {}, 'Bankruptcy price ', tip('bankruptcy')), h('dd', { text: fmtLiq(l.bankruptcyPrice) }),
          h('dt', { text: 'Cause' }), h('dd', { testid: 'liquidated-cause', text: `${l.causeKind}${l.causeDetail ? ` — ${l.causeDetail}` : ''}` }),
          h('dt', { text: 'Cascade generation' }), h('dd', { text: l.generation === 1 ? '1 (first wave: triggered by the market move itself)' : `${l.generation} (triggered by liquidation ${l.parentId ?? '?'})` }),
          h('dt', {}, 'Insurance fund ', tip('insurance')), h('dd', { text: fundText }),
          h('dt', {}, 'ADL ', tip('adl')), h('dd', { text: l.adl ? 'Part of your position was matched by auto-deleveraging profitable traders on the other side.' : 'Not used for your position.' }),
          h('dt', { text: 'Game time' }), h('dd', { text: formatGameClock(gameSeconds(l.gameTime)) })),
        h('p', { class: 'muted', text: 'Your liquidation order was a real order in the book: it moved the last price, and may have pushed the next traders over their own liquidation price.' }));
      ok.focus();
    },
  };
}
