/** REST client for docs/api.md (`/api/v1`). Errors become ApiCallError with the server's stable code. */
import {
  API_BASE, type ControlAction, type CreatedRoom, type JoinedRoom, type RoomInfo, type ScenarioDetail, type ScenarioSummary,
  type StandingRow, type WhatIfRequest, type WhatIfResult,
} from '../protocol';

export class ApiCallError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiCallError';
  }
}

async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(API_BASE + path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  } catch {
    throw new ApiCallError(0, 'NET_UNREACHABLE', 'The server cannot be reached.');
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const e = (json ?? {}) as { code?: string; message?: string };
    throw new ApiCallError(res.status, e.code ?? `HTTP_${res.status}`, e.message ?? res.statusText);
  }
  return json as T;
}

const enc = encodeURIComponent;

export const restApi = {
  listScenarios: () => call<ScenarioSummary[]>('GET', '/scenarios'),
  getScenario: (id: string) => call<ScenarioDetail>('GET', `/scenarios/${enc(id)}`),
  createRoom: (scenarioId: string, title?: string) => call<CreatedRoom>('POST', '/rooms', { scenarioId, ...(title ? { title } : {}) }),
  getRoom: (code: string) => call<RoomInfo>('GET', `/rooms/${enc(code)}`),
  join: (code: string, nickname: string) => call<JoinedRoom>('POST', `/rooms/${enc(code)}/join`, { nickname }),
  control: (code: string, token: string, action: ControlAction) => call<Record<string, unknown>>('POST', `/rooms/${enc(code)}/control`, action, token),
  whatIf: (code: string, token: string, req: WhatIfRequest) => call<WhatIfResult>('POST', `/rooms/${enc(code)}/what-if`, req, token),
  standings: (code: string) => call<StandingRow[]>('GET', `/rooms/${enc(code)}/standings`),
  exportCsvUrl: (code: string) => `${API_BASE}/rooms/${enc(code)}/export.csv`,
};
export type RestApi = typeof restApi;
