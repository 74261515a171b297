/** The one place net meets ui: REST calls with the stored tokens, and live rooms (socket → store). */
import { GameSocket, restApi } from '../net';
import type { CommandBody } from '../protocol';
import { createStore } from '../state';
import type { Api, LiveRoom, Ports } from '../ui/ports';
import { localSession } from './session';

function instructorToken(code: string): string {
  const t = localSession.instructorToken(code);
  if (!t) throw Object.assign(new Error('This browser has no instructor token for this room.'), { code: 'AUTH_FORBIDDEN' });
  return t;
}

const api: Api = {
  listScenarios: restApi.listScenarios,
  getScenario: restApi.getScenario,
  createRoom: restApi.createRoom,
  getRoom: restApi.getRoom,
  join: restApi.join,
  standings: restApi.standings,
  control: (code, action) => restApi.control(code, instructorToken(code), action),
  whatIf: (code, req) => restApi.whatIf(code, instructorToken(code), req),
  async downloadCsv(code) {
    const res = await fetch(restApi.exportCsvUrl(code), { headers: { Authorization: `Bearer ${instructorToken(code)}` } });
    if (!res.ok) throw Object.assign(new Error(`export failed (${res.status})`), { code: `HTTP_${res.status}` });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `cascade-${code}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

function wsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

function connect(code: string, as: 'player' | 'instructor' | 'spectator'): LiveRoom {
  const store = createStore();
  const token = as === 'player' ? localSession.player(code)?.token : as === 'instructor' ? localSession.instructorToken(code) ?? undefined : undefined;
  const socket = new GameSocket({ url: wsUrl(), room: code, ...(token ? { token } : {}) }, {
    onStatus: (status, detail) => store.dispatch({ kind: 'connection', status, ...(detail ? { detail } : {}) }),
    onWelcome: (welcome) => store.dispatch({ kind: 'welcome', welcome }),
    onMessage: (msg) => store.dispatch({ kind: 'message', msg }),
    onGap: (stream) => store.dispatch({ kind: 'gap', stream }),
    onError: () => undefined,
  });
  socket.connect();
  return { store, send: (cmd: CommandBody) => socket.send(cmd), close: () => socket.close() };
}

export const ports: Ports = {
  api,
  session: localSession,
  connect,
  navigate: (hash) => {
    if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = hash;
  },
};
