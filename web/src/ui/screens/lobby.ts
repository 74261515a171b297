/** Lobby: join a room (code + nickname; rejoin with the stored token), or create one from a scenario. */
import type { ScenarioDetail, ScenarioSummary } from '../../protocol';
import { h } from '../dom';
import { errorText, type Ports } from '../ports';

export function lobbyScreen(root: HTMLElement, ports: Ports, presetCode = ''): () => void {
  const code = h('input', { id: 'join-code', testid: 'join-code', required: true, maxlength: 12, autocomplete: 'off', value: presetCode, placeholder: 'K7Q2XM' });
  const nick = h('input', { id: 'join-nick', testid: 'join-nickname', required: true, maxlength: 24, autocomplete: 'nickname', placeholder: 'ana' });
  const joinMsg = h('p', { class: 'oe-msg', role: 'status', testid: 'join-message' });
  const rejoin = h('div', { class: 'rejoin' });
  const normal = (v: string) => v.trim().toUpperCase();
  const showRejoin = () => {
    const c = normal(code.value);
    const p = c ? ports.session.player(c) : null;
    rejoin.replaceChildren(...(p ? [h('button', { type: 'button', class: 'btn', testid: 'rejoin', onclick: () => ports.navigate(`#/room/${c}/trade`) }, `Rejoin ${c} as ${p.nickname}`)] : []));
  };
  code.addEventListener('input', showRejoin);
  const form = h('form', { class: 'card join', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title', text: 'Join a room' }),
    h('label', { for: 'join-code' }, 'Room code'), code,
    h('label', { for: 'join-nick' }, 'Nickname'), nick,
    h('button', { type: 'submit', class: 'btn primary', testid: 'join-submit' }, 'Join'), rejoin, joinMsg);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const c = normal(code.value);
    const n = nick.value.trim();
    if (!c || !n) return;
    joinMsg.textContent = 'Joining…';
    ports.api.join(c, n).then((j) => {
      ports.session.savePlayer(c, j.playerId, j.playerToken, n);
      ports.navigate(`#/room/${c}/briefing`);
    }, (e: unknown) => {
      joinMsg.textContent = errorText(e);
    });
  });

  const list = h('div', { class: 'scenarios', testid: 'scenario-list' }, h('p', { class: 'muted', text: 'Loading scenarios…' }));
  const detail = h('div', { class: 'scenario-detail', testid: 'scenario-detail', 'aria-live': 'polite' });
  const create = h('section', { class: 'card create', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title', text: 'Create a room (instructors)' }),
    h('p', { class: 'muted', text: 'Pick a scenario; you get a room code and a QR code for the class.' }), list, detail);

  const showDetail = (d: ScenarioDetail) => {
    const msg = h('p', { class: 'oe-msg', role: 'status' });
    detail.replaceChildren(h('h3', { text: d.title }), h('p', { text: d.description }),
      h('h4', { text: 'Learning goals' }), h('ul', {}, ...d.learningGoals.map((g) => h('li', { text: g }))),
      h('p', { class: 'muted', text: `Players start with ${d.players.startingCollateral} USDT, up to ${d.players.maxLeverage}×, ${d.players.marginModes.join('/')}; ${d.shocks.length} scheduled shocks.` }),
      h('button', { type: 'button', class: 'btn primary', testid: 'create-room', onclick: () => {
        msg.textContent = 'Creating…';
        ports.api.createRoom(d.id).then((r) => {
          ports.session.saveInstructor(r.roomCode, r.instructorToken, r.joinUrl);
          ports.navigate(`#/room/${r.roomCode}/instructor`);
        }, (e: unknown) => {
          msg.textContent = errorText(e);
        });
      } }, `Create a room with “${d.title}”`), msg);
  };
  const card = (s: ScenarioSummary) => h('button', { type: 'button', class: 'scenario', testid: 'scenario-item', 'data-scenario-id': s.id, onclick: () => {
    detail.replaceChildren(h('p', { class: 'muted', text: 'Loading…' }));
    ports.api.getScenario(s.id).then(showDetail, (e: unknown) => detail.replaceChildren(h('p', { class: 'neg', text: errorText(e) })));
  } }, h('strong', { text: s.title }), h('span', { text: s.description }),
  h('span', { class: 'muted small', text: `${Math.round(s.durationSeconds / 60)} game-min${s.historical ? ' · historical replay' : ''}` }));
  ports.api.listScenarios().then((ss) => list.replaceChildren(...(ss.length ? ss.map(card) : [h('p', { class: 'muted', text: 'No scenarios on this server.' })])),
    (e: unknown) => list.replaceChildren(h('p', { class: 'neg', text: `Scenarios unavailable — ${errorText(e)}` })));

  root.replaceChildren(h('main', { class: 'lobby', testid: 'lobby' },
    h('header', { class: 'hero' }, h('h1', { text: 'Cascade' }),
      h('p', { text: 'A multiplayer training game about cascading liquidations on perpetual-futures exchanges. Trade with leverage, watch the mark price, and learn why one forced sale leads to the next.' })),
    h('div', { class: 'lobby-grid' }, form, create)));
  showRejoin();
  (presetCode ? nick : code).focus();
  return () => undefined;
}
