/** Final standings table (room.standings at the end, or GET /standings). */
import type { StandingRow } from '../../protocol';
import { h } from '../dom';

const num = (v: unknown): string => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n.toFixed(2) : String(v);
};

export function standingsTable(rows: readonly StandingRow[]): HTMLElement {
  const sorted = [...rows].sort((a, b) => Number(b.equity) - Number(a.equity));
  return h('table', { class: 'tbl standings', testid: 'standings' },
    h('thead', {}, h('tr', {}, ...['#', 'Player', 'Equity (USDT)', 'Return %', 'Max DD %', 'Max lev.', 'Liquidated'].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, ...sorted.map((r, i) => h('tr', { testid: 'standings-row', 'data-player-id': r.playerId },
      h('td', { text: String(i + 1) }), h('td', { text: r.nickname }), h('td', { text: num(r.equity) }),
      h('td', { text: num(r.returnPct) }), h('td', { text: num(r.maxDrawdownPct) }), h('td', { text: `${String(r.maxLeverageUsed)}×` }),
      h('td', { text: r.liquidated ? 'YES — liquidated' : 'no' })))));
}
