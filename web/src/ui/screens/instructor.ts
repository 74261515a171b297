/**
 * Instructor console: room code, join link + QR, run controls, scheduled shocks, shock panel (RULES.md list),
 * player admin, live risk, roster, what-if, end-of-round standings and CSV export.
 */
import { SHOCK_TYPES, type ControlAction, type ScheduledShock, type ShockType, type UsdtStr } from '../../protocol';
import { price, usdt } from '../../calc';
import { formatGameClock, type AppState } from '../../state';
import { fmtPrice, fmtUsdt } from '../format';
import { h, panel, setText } from '../dom';
import { bindPanels, onChange, type Panel } from '../frame';
import { chartPanel } from '../panels/chart';
import { liqFeedPanel } from '../panels/liqfeed';
import { qrCanvas } from '../panels/qr';
import { riskPanel } from '../panels/risk';
import { standingsTable } from '../panels/standings';
import { newsBanner, tickerBar } from '../panels/tickerbar';
import { errorText, type Ports } from '../ports';

/** Shock parameters the console asks for, per type (docs/api.md "Shocks": names and units as in scenario files). */
const SHOCK_PARAMS: Record<ShockType, ReadonlyArray<readonly [string, string, string]>> = {
  index_move: [['pct', 'Move %', '-5'], ['over', 'Over game-seconds', '60']],
  index_step: [['pct', 'Step %', '-3']],
  feed_freeze: [['venue', 'Venue', 'A'], ['seconds', 'Seconds', '30']],
  outlier_venue: [['venue', 'Venue', 'B'], ['pct', 'Off by %', '10'], ['seconds', 'Seconds', '30']],
  index_decoupling: [['seconds', 'Seconds', '60']],
  whale_order: [['side', 'Side (BUY/SELL)', 'SELL'], ['size', 'Size (BTC)', '50']],
  mm_pull: [['seconds', 'Seconds', '30']],
  max_leverage: [['value', 'Max leverage', '20']],
  mmr_multiplier: [['value', 'MMR multiplier', '2']],
  insurance_fund: [['amount', 'Top-up (+) / drain (−) USDT', '-100000']],
  adl: [['value', 'ADL on (true/false)', 'true']],
  halt: [['seconds', 'Seconds', '30']],
  news: [['text', 'Headline', 'Exchange hack rumours spread']],
};
const LABELS: Record<ShockType, string> = {
  index_move: 'Index move', index_step: 'Index step', feed_freeze: 'Index feed freeze', outlier_venue: 'Outlier venue',
  index_decoupling: 'Index decoupling', whale_order: 'Whale market order', mm_pull: 'Market makers pull quotes',
  max_leverage: 'Max-leverage change', mmr_multiplier: 'MMR multiplier change', insurance_fund: 'Insurance fund top-up / drain',
  adl: 'ADL on/off', halt: 'Halt', news: 'News line',
};

/** A scheduled shock's parameters (engine units, docs/api.md) in the console's units: "−1.5 % over 120 s". */
function shockParams(p: Record<string, unknown>): string {
  const parts = Object.entries(p).map(([k, v]) => {
    const n = typeof v === 'number' ? v : Number.NaN;
    if (k === 'pctE8' && Number.isFinite(n)) return `${n / 1e6} %`;
    if (k.endsWith('Nanos') && Number.isFinite(n)) return `${k.slice(0, -5)} ${n / 1e9} s`;
    if (k === 'qtyLots' && Number.isFinite(n)) return `${n / 1000} BTC`;
    if (k === 'deltaMicros' && Number.isFinite(n)) return `${n / 1e6} USDT`;
    if (k === 'text') return `“${String(v)}”`;
    return `${k} ${typeof v === 'string' ? v : JSON.stringify(v)}`;
  });
  return parts.length ? `: ${parts.join(', ')}` : '';
}

const paramValue = (v: string): unknown => (v === 'true' ? true : v === 'false' ? false : /^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v) ? Number(v) : v);

export function instructorScreen(root: HTMLElement, ports: Ports, code: string): () => void {
  if (!ports.session.instructorToken(code)) {
    root.replaceChildren(h('main', { class: 'lobby' }, h('section', { class: 'card' }, h('h1', { text: `Room ${code}` }),
      h('p', { text: 'This browser does not hold the instructor token for this room. Open the console from the browser that created the room.' }),
      h('a', { href: '#/' }, 'Back to the lobby'))));
    return () => undefined;
  }
  const live = ports.connect(code, 'instructor');
  const msg = h('p', { class: 'oe-msg', role: 'status', 'aria-live': 'polite', testid: 'instructor-message' });
  const act = (a: ControlAction, ok: string) => ports.api.control(code, a).then(() => setText(msg, ok), (e: unknown) => setText(msg, errorText(e)));
  const btn = (label: string, testid: string, f: () => void) => h('button', { type: 'button', class: 'btn', testid, onclick: f }, label);

  // Room, link, QR
  const joinUrl = ports.session.joinUrl(code);
  const header = h('section', { class: 'card room-card' },
    h('div', {}, h('p', { class: 'muted', text: 'Room code' }), h('div', { class: 'room-code', testid: 'room-code', text: code }),
      h('p', {}, 'Join at ', h('a', { href: joinUrl, testid: 'join-url', text: joinUrl })),
      h('p', { class: 'small' }, h('a', { href: `#/room/${code}/audience`, target: '_blank', rel: 'noopener' }, 'Open the audience view (projector)'))),
    qrCanvas(joinUrl, 300));

  // Run controls
  const speed = h('select', { id: 'speed', testid: 'speed' }, ...[0.5, 1, 2, 5, 10, 30, 60].map((v) => h('option', { value: v, text: `×${v}`, selected: v === 1 })));
  speed.addEventListener('change', () => void act({ action: 'speed', value: Number(speed.value) }, `Speed ×${speed.value}.`));
  const news = h('input', { id: 'news', testid: 'news-input', placeholder: 'Headline for all screens' });
  const controls = panel('Run', 'run-controls',
    h('div', { class: 'btn-row' },
      btn('Start', 'ctl-start', () => void act({ action: 'start' }, 'Started.')),
      btn('Pause', 'ctl-pause', () => void act({ action: 'pause' }, 'Paused.')),
      btn('Resume', 'ctl-resume', () => void act({ action: 'resume' }, 'Resumed.')),
      h('label', { for: 'speed' }, 'Speed '), speed,
      btn('End round', 'ctl-end', () => confirm('End the round for everyone?') && void act({ action: 'end' }, 'Round ended.')),
      btn('Restart', 'ctl-restart', () => confirm('Restart the scenario?') && void act({ action: 'restart' }, 'Restarted.'))),
    h('div', { class: 'btn-row' },
      btn('Lock room', 'ctl-lock', () => void act({ action: 'lock', locked: true }, 'Room locked.')),
      btn('Unlock', 'ctl-unlock', () => void act({ action: 'lock', locked: false }, 'Room unlocked.')),
      btn('Top up everyone +1,000', 'ctl-topup-all', () => void act({ action: 'topUp', amount: '1000' as UsdtStr }, 'Everyone topped up.')),
      btn('Reset everyone', 'ctl-reset-all', () => confirm('Reset every player account?') && void act({ action: 'reset' }, 'Players reset.'))),
    h('div', { class: 'row' }, h('label', { for: 'news' }, 'News '), news, btn('Send', 'news-send', () => news.value.trim() && void act({ action: 'news', text: news.value.trim() }, 'News sent.'))),
    msg);

  // Shock panel
  const shockType = h('select', { id: 'shock-type', testid: 'shock-type' }, ...SHOCK_TYPES.map((t) => h('option', { value: t, text: LABELS[t] })));
  const fields = h('div', { class: 'shock-fields' });
  const renderFields = () => fields.replaceChildren(...SHOCK_PARAMS[shockType.value as ShockType].map(([k, label, def]) =>
    h('label', { class: 'field' }, label, h('input', { name: k, value: def, testid: `shock-param-${k}` }))));
  shockType.addEventListener('change', renderFields);
  renderFields();
  const params = () => Object.fromEntries([...fields.querySelectorAll('input')].map((i) => [i.name, paramValue(i.value.trim())]));
  const shocks = panel('Shocks', 'shock-panel', h('label', { for: 'shock-type' }, 'Shock '), shockType, fields,
    btn('Inject now', 'shock-inject', () => void act({ action: 'shock', type: shockType.value as ShockType, params: params() }, `${LABELS[shockType.value as ShockType]} injected.`)));

  // What-if
  const wiPct = h('input', { id: 'wi-pct', value: '-5', testid: 'whatif-pct', inputmode: 'decimal' });
  const wiSec = h('input', { id: 'wi-sec', value: '60', testid: 'whatif-seconds', inputmode: 'numeric' });
  const wiOut = h('div', { testid: 'whatif-result', 'aria-live': 'polite' });
  const whatIf = panel('What if the index drops X % now?', 'what-if',
    h('div', { class: 'row' }, h('label', { for: 'wi-pct' }, 'Index move % '), wiPct, h('label', { for: 'wi-sec' }, ' over s '), wiSec,
      btn('Simulate', 'whatif-run', () => {
        setText(wiOut, 'Simulating on a fork of the room…');
        ports.api.whatIf(code, { shock: { type: 'index_move', params: { pct: Number(wiPct.value), over: Number(wiSec.value) } }, seconds: Number(wiSec.value) })
          .then((r) => wiOut.replaceChildren(h('dl', { class: 'kv' },
            h('dt', { text: 'Longs liquidated' }), h('dd', { text: `${fmtUsdt(usdt(r.liquidatedNotionalLong))} USDT` }),
            h('dt', { text: 'Shorts liquidated' }), h('dd', { text: `${fmtUsdt(usdt(r.liquidatedNotionalShort))} USDT` }),
            h('dt', { text: 'Lowest price' }), h('dd', { text: fmtPrice(price(r.priceLow)) }),
            h('dt', { text: 'Insurance fund left' }), h('dd', { text: `${fmtUsdt(usdt(r.insuranceFundLeft))} USDT` }),
            h('dt', { text: 'ADL events' }), h('dd', { text: String(r.adlCount) }),
            h('dt', { text: 'Cascade generations' }), h('dd', { text: String(r.maxGeneration) }))), (e: unknown) => setText(wiOut, errorText(e)));
      })), wiOut);

  // Scheduled shocks timeline (from the scenario), struck through once the game clock has passed them
  const timeline = h('ol', { class: 'timeline', testid: 'shock-timeline' });
  let scheduled: readonly ScheduledShock[] = [];
  const atSeconds = (at: number | string) => (typeof at === 'number' ? at : Number.parseFloat(at) * (/m$/.test(at) ? 60 : 1));
  const renderTimeline = (gameSec: number) => {
    if (!scheduled.length) return;
    timeline.replaceChildren(...scheduled.map((sh) => {
      const done = atSeconds(sh.at) <= gameSec;
      return h('li', { class: done ? 'done' : '', testid: 'scheduled-shock' }, h('strong', { text: `${formatGameClock(atSeconds(sh.at))} ` }),
        `${LABELS[sh.type as ShockType] ?? sh.type}${shockParams(sh.params)}`, done ? ' ✓ done' : '');
    }));
  };
  const timelinePanel: Panel = {
    el: panel('Scheduled shocks', 'scheduled-shocks', timeline),
    update: onChange((s: AppState) => Math.floor(s.room.gameSec / 5), (_v, s) => renderTimeline(s.room.gameSec)),
  };

  // Roster
  const rosterBody = h('tbody');
  const roster: Panel = {
    el: panel('Roster', 'roster', h('table', { class: 'tbl' },
      h('thead', {}, h('tr', {}, ...['Player', 'Position', 'Equity', 'Leverage', 'Margin ratio', 'Status', 'Actions'].map((t) => h('th', { scope: 'col', text: t })))), rosterBody)),
    update: onChange((s: AppState) => s.risk.latest?.roster, (rows) => {
      if (!rows?.length) {
        rosterBody.replaceChildren(h('tr', {}, h('td', { colspan: 7, class: 'muted', text: 'No players have joined yet.' })));
        return;
      }
      rosterBody.replaceChildren(...rows.map((r) => h('tr', { testid: 'roster-row', 'data-player-id': r.playerId },
        h('td', { text: r.nickname }), h('td', { class: r.side === 'LONG' ? 'pos' : r.side === 'SHORT' ? 'neg' : '', text: r.side === 'FLAT' ? 'FLAT' : `${r.side} ${r.position}` }),
        h('td', { class: 'num', text: fmtUsdt(usdt(r.equity)) }), h('td', { text: `${String(r.leverage)}×` }),
        h('td', { text: `${(Number(r.marginRatio) * 100).toFixed(1)} %` }), h('td', { class: r.status === 'ACTIVE' ? '' : 'neg', text: r.status }),
        h('td', { class: 'btn-row' },
          btn('+1,000', 'roster-topup', () => void act({ action: 'topUp', playerId: r.playerId, amount: '1000' as UsdtStr }, `${r.nickname} topped up.`)),
          btn('Reset', 'roster-reset', () => void act({ action: 'reset', playerId: r.playerId }, `${r.nickname} reset.`)),
          btn('Kick', 'roster-kick', () => confirm(`Kick ${r.nickname}?`) && void act({ action: 'kick', playerId: r.playerId }, `${r.nickname} kicked.`))))));
    }),
  };

  // End of round
  const end = h('div', { testid: 'round-end' });
  const endPanel: Panel = {
    el: panel('End of round', 'end-of-round', end),
    update: onChange((s: AppState) => (s.room.status === 'ENDED' ? (s.room.standings ?? 'fetch') : null), (v) => {
      const csv = btn('Download CSV (fills, liquidations, results)', 'export-csv', () => void ports.api.downloadCsv(code).catch((e: unknown) => setText(msg, errorText(e))));
      if (v === null) {
        end.replaceChildren(h('p', { class: 'muted', text: 'Standings appear when the round ends.' }), csv);
      } else if (v === 'fetch') {
        ports.api.standings(code).then((rows) => end.replaceChildren(standingsTable(rows), csv), (e: unknown) => end.replaceChildren(h('p', { text: errorText(e) }), csv));
      } else end.replaceChildren(standingsTable(v), csv);
    }),
  };

  // the speed selector follows the room (another console or the API may change it)
  const speedSync: Panel = {
    el: speed,
    update: onChange((s: AppState) => s.room.speed, (v) => {
      if (document.activeElement === speed) return;
      if (![...speed.options].some((o) => o.value === String(v))) speed.append(h('option', { value: v, text: `×${v}` }));
      speed.value = String(v);
    }),
  };

  const panels: Panel[] = [tickerBar(), newsBanner(), chartPanel({ showEstMap: true, testid: 'instructor-chart' }), riskPanel(), liqFeedPanel(15), timelinePanel, roster, endPanel, speedSync];
  const [ticker, newsB, chart, risk, feed, tl, ro, ep] = panels as [Panel, Panel, Panel, Panel, Panel, Panel, Panel, Panel];
  root.replaceChildren(h('main', { class: 'instructor', testid: 'instructor-screen' }, ticker.el, newsB.el,
    h('div', { class: 'instr-grid' },
      h('div', {}, header, controls, shocks, tl.el, whatIf),
      h('div', {}, panel('Market', 'instructor-market', chart.el), risk.el, ro.el, feed.el, ep.el))));
  const unbind = bindPanels(live.store, panels);
  ports.api.getRoom(code).then((r) => ports.api.getScenario(r.scenarioId)).then((sc) => {
    scheduled = sc.shocks;
    if (scheduled.length) renderTimeline(live.store.getState().room.gameSec);
    else timeline.replaceChildren(h('li', { class: 'muted', text: 'No scheduled shocks in this scenario.' }));
  }, (e: unknown) => timeline.replaceChildren(h('li', { class: 'neg', text: errorText(e) })));
  return () => {
    unbind();
    live.close();
  };
}
