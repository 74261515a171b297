/** Audience view for the projector: public data only (spectator connection, no token). */
import { toNumber } from '../../calc';
import { liquidationsPerMinute } from '../../state';
import { h, panel, setText } from '../dom';
import { bindPanels, type Panel } from '../frame';
import { fmtCompactUsd, fmtUsdt } from '../format';
import { chartPanel } from '../panels/chart';
import { ladderPanel } from '../panels/ladder';
import { liqFeedPanel } from '../panels/liqfeed';
import { standingsTable } from '../panels/standings';
import { newsBanner, tickerBar } from '../panels/tickerbar';
import type { Ports } from '../ports';

export function audienceScreen(root: HTMLElement, ports: Ports, code: string): () => void {
  const live = ports.connect(code, 'spectator');
  const cascade = h('div', { class: 'huge', testid: 'audience-cascade' });
  const cascadeNote = h('div', { class: 'small' });
  const fund = h('div', { class: 'huge', testid: 'audience-insurance-fund' });
  const rate = h('div', { class: 'huge', testid: 'audience-liq-rate' });
  const liqd = h('div', { class: 'huge', testid: 'audience-liquidated-notional' });
  const board = h('div', { testid: 'leaderboard' });
  let boardFor: unknown = Symbol('unset');
  const counters: Panel = {
    el: h('div', { class: 'audience-counters' },
      h('div', { class: 'counter' }, h('span', { text: 'Cascade generation' }), cascade, cascadeNote),
      h('div', { class: 'counter' }, h('span', { text: 'Liquidations / min' }), rate),
      h('div', { class: 'counter' }, h('span', { text: 'Liquidated (USDT)' }), liqd),
      h('div', { class: 'counter' }, h('span', { text: 'Insurance fund (USDT)' }), fund)),
    update(s) {
      const l = s.liquidations;
      setText(cascade, String(l.maxGeneration));
      setText(cascadeNote, l.total ? `${l.episodeCount} liquidations in episode ${l.episode}` : 'no liquidations yet');
      setText(rate, liquidationsPerMinute(l, s.room.gameSec).toFixed(0));
      setText(liqd, fmtCompactUsd(toNumber(l.totalNotional)));
      setText(fund, s.ticker.current ? fmtUsdt(s.ticker.current.insuranceFund, 0) : '--');
      if (s.room.standings !== boardFor) {
        boardFor = s.room.standings;
        board.replaceChildren(s.room.standings ? standingsTable(s.room.standings) : h('p', { class: 'muted', text: 'Leaderboard appears at the end of the round.' }));
      }
    },
  };
  const panels: Panel[] = [tickerBar(), newsBanner(), chartPanel({ testid: 'audience-chart' }), counters, liqFeedPanel(12), ladderPanel(8)];
  const [ticker, news, chart, ctr, feed, ladder] = panels as [Panel, Panel, Panel, Panel, Panel, Panel];
  root.replaceChildren(h('main', { class: 'audience', testid: 'audience-screen' },
    h('div', { class: 'topline' }, h('span', {}, 'Room ', h('strong', { testid: 'room-code', text: code })), h('span', { class: 'muted', text: 'Audience view — public data only' })),
    ticker.el, news.el, ctr.el,
    h('div', { class: 'audience-grid' }, h('div', { class: 'big-chart' }, chart.el), h('div', {}, feed.el, ladder.el, panel('Leaderboard', 'leaderboard-panel', board)))));
  const unbind = bindPanels(live.store, panels);
  return () => {
    unbind();
    live.close();
  };
}
