/**
 * What the screens need from the outside world, as interfaces. The app implements them with net/ and
 * localStorage; ui/ never opens a socket or calls fetch itself (enforced by scripts/check-layers.mjs).
 */
import type {
  CommandBody, ControlAction, CreatedRoom, JoinedRoom, RoomInfo, ScenarioDetail, ScenarioSummary, StandingRow, WhatIfRequest, WhatIfResult,
} from '../protocol';
import type { Store } from '../state';

export interface Api {
  listScenarios(): Promise<ScenarioSummary[]>;
  getScenario(id: string): Promise<ScenarioDetail>;
  createRoom(scenarioId: string, title?: string): Promise<CreatedRoom>;
  getRoom(code: string): Promise<RoomInfo>;
  join(code: string, nickname: string): Promise<JoinedRoom>;
  control(code: string, action: ControlAction): Promise<Record<string, unknown>>;
  whatIf(code: string, req: WhatIfRequest): Promise<WhatIfResult>;
  standings(code: string): Promise<StandingRow[]>;
  /** Downloads the instructor CSV (needs the instructor token, so not a plain link). */
  downloadCsv(code: string): Promise<void>;
}

export interface Session {
  player(code: string): { playerId: string; token: string; nickname: string } | null;
  savePlayer(code: string, playerId: string, token: string, nickname: string): void;
  instructorToken(code: string): string | null;
  saveInstructor(code: string, token: string, joinUrl: string): void;
  joinUrl(code: string): string;
}

/** A live connection to one room: the store it feeds and the command channel. */
export interface LiveRoom {
  readonly store: Store;
  send(cmd: CommandBody): Promise<unknown>;
  close(): void;
}

export interface Ports {
  readonly api: Api;
  readonly session: Session;
  connect(code: string, as: 'player' | 'instructor' | 'spectator'): LiveRoom;
  navigate(hash: string): void;
}

/** Errors from either REST or commands carry a stable code. */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) return `${String(e.code)}: ${String(e.message)}`;
  return e instanceof Error ? e.message : String(e);
}
