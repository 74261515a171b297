/** Room status, news, standings, and who we are on this connection. */
import type { RoomStatusData, StandingRow } from '../protocol';
import { pushRing } from './ring';
import { gameSeconds } from './time';

export type Connection = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed' | 'rejected';

export interface NewsItem {
  readonly text: string;
  readonly gameSec: number;
}

export interface RoomState {
  readonly connection: Connection;
  readonly connectionDetail: string;
  readonly role: 'player' | 'instructor' | 'spectator' | null;
  readonly playerId: string | null;
  readonly nickname: string | null;
  readonly status: RoomStatusData['status'] | null;
  readonly speed: number;
  readonly gameSec: number;
  readonly histTime: string | null;
  readonly players: number;
  readonly locked: boolean;
  readonly news: readonly NewsItem[];
  readonly standings: readonly StandingRow[] | null;
  /** Streams currently waiting for a resync snapshot (shown as "resyncing"). */
  readonly resyncing: readonly string[];
}

export const emptyRoom: RoomState = {
  connection: 'idle', connectionDetail: '', role: null, playerId: null, nickname: null, status: null, speed: 1, gameSec: 0,
  histTime: null, players: 0, locked: false, news: [], standings: null, resyncing: [],
};

export const roomStatus = (s: RoomState, d: RoomStatusData): RoomState => ({
  ...s, status: d.status, speed: d.speed, gameSec: gameSeconds(d.gameTime), histTime: d.histTime ?? null, players: d.players, locked: d.locked,
});

export const roomNews = (s: RoomState, text: string, gameSec: number): RoomState => ({ ...s, news: pushRing(s.news, { text, gameSec }, 20) });

export const roomStandings = (s: RoomState, rows: readonly StandingRow[]): RoomState => ({ ...s, standings: rows });
