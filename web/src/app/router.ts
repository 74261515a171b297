/** Hash routes: #/ lobby, #/room/{code}/(briefing|trade|instructor|audience). */
import { audienceScreen } from '../ui/screens/audience';
import { briefingScreen } from '../ui/screens/briefing';
import { instructorScreen } from '../ui/screens/instructor';
import { lobbyScreen } from '../ui/screens/lobby';
import { tradeScreen } from '../ui/screens/trade';
import type { Ports } from '../ui/ports';

export type Route =
  | { readonly name: 'lobby'; readonly room: string }
  | { readonly name: 'briefing' | 'trade' | 'instructor' | 'audience'; readonly code: string };

export function parseRoute(hash: string): Route {
  const m = /^#\/room\/([A-Za-z0-9_-]{1,16})\/(briefing|trade|instructor|audience)\/?$/.exec(hash);
  if (m) return { name: m[2] as 'briefing', code: m[1]!.toUpperCase() };
  const q = /[?&]room=([A-Za-z0-9_-]{1,16})/.exec(hash);
  return { name: 'lobby', room: q ? q[1]!.toUpperCase() : '' };
}

export function startRouter(root: HTMLElement, ports: Ports): void {
  let cleanup: () => void = () => undefined;
  const go = () => {
    cleanup();
    const r = parseRoute(location.hash);
    document.title = r.name === 'lobby' ? 'Cascade' : `Cascade · ${r.code} · ${r.name}`;
    switch (r.name) {
      case 'lobby':
        cleanup = lobbyScreen(root, ports, r.room);
        break;
      case 'briefing':
        cleanup = briefingScreen(root, ports, r.code);
        break;
      case 'trade':
        cleanup = tradeScreen(root, ports, r.code);
        break;
      case 'instructor':
        cleanup = instructorScreen(root, ports, r.code);
        break;
      case 'audience':
        cleanup = audienceScreen(root, ports, r.code);
        break;
    }
  };
  window.addEventListener('hashchange', go);
  go();
}
