/** Tokens kept in localStorage per room, so a reload or a second tab rejoins (docs/api.md: rejoin with the same token). */
import type { Session } from '../ui/ports';

const KEY = 'cascade.v1.';

function read<T>(key: string): T | null {
  try {
    const v = localStorage.getItem(KEY + key);
    return v ? (JSON.parse(v) as T) : null;
  } catch {
    return null;
  }
}
function write(key: string, v: unknown): void {
  try {
    localStorage.setItem(KEY + key, JSON.stringify(v));
  } catch {
    /* storage full or disabled: the session still works until reload */
  }
}

export const localSession: Session = {
  player: (code) => read<{ playerId: string; token: string; nickname: string }>(`player.${code}`),
  savePlayer: (code, playerId, token, nickname) => write(`player.${code}`, { playerId, token, nickname }),
  instructorToken: (code) => read<{ token: string }>(`instructor.${code}`)?.token ?? null,
  saveInstructor: (code, token, joinUrl) => write(`instructor.${code}`, { token, joinUrl }),
  joinUrl: (code) => read<{ joinUrl?: string }>(`instructor.${code}`)?.joinUrl || `${location.origin}${location.pathname}#/?room=${encodeURIComponent(code)}`,
};
