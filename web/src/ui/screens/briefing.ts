/** Briefing: the scenario's story, learning goals, the player's settings, and the glossary. */
import { h } from '../dom';
import { glossaryList } from '../glossary';
import { errorText, type Ports } from '../ports';

export function briefingScreen(root: HTMLElement, ports: Ports, code: string): () => void {
  const body = h('div', { class: 'briefing-body' }, h('p', { class: 'muted', text: 'Loading the briefing…' }));
  root.replaceChildren(h('main', { class: 'briefing', testid: 'briefing' },
    h('header', { class: 'hero' }, h('h1', {}, 'Briefing — room ', h('span', { testid: 'room-code', text: code }))), body,
    h('section', { class: 'card' }, h('h2', { text: 'Glossary' }), glossaryList()),
    h('button', { type: 'button', class: 'btn primary big', testid: 'go-trade', onclick: () => ports.navigate(`#/room/${code}/trade`) }, 'Go to the trading screen')));
  ports.api.getRoom(code)
    .then((room) => ports.api.getScenario(room.scenarioId).then((sc) => ({ room, sc })))
    .then(({ room, sc }) => {
      body.replaceChildren(h('section', { class: 'card' },
        h('h2', { text: sc.title }), h('p', { class: 'pre', text: sc.briefing || sc.description }),
        h('h3', { text: 'What you should learn' }), h('ul', {}, ...sc.learningGoals.map((g) => h('li', { text: g }))),
        h('p', { class: 'muted', text: `You start with ${sc.players.startingCollateral} USDT; leverage up to ${sc.players.maxLeverage}×; margin modes: ${sc.players.marginModes.join(', ')}. Room status: ${room.status}, ${room.players} players.` })));
    }, (e: unknown) => body.replaceChildren(h('p', { class: 'neg', text: errorText(e) })));
  return () => undefined;
}
