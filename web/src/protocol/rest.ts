/** REST shapes of docs/api.md (`/api/v1`). */
import type { PriceStr, QtyStr, RateStr, UsdtStr } from './decimal';

export const API_BASE = '/api/v1';

export interface ApiError {
  readonly code: string;
  readonly message: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly durationSeconds: number;
  readonly historical: boolean;
}

export type MarginMode = 'ISOLATED' | 'CROSS';

export interface ScheduledShock {
  readonly at: number | string;
  readonly type: string;
  readonly params: Record<string, unknown>;
}

export interface ScenarioDetail {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly briefing: string;
  readonly learningGoals: readonly string[];
  readonly durationSeconds?: number;
  readonly historical?: boolean;
  readonly players: { readonly startingCollateral: UsdtStr; readonly maxLeverage: number; readonly marginModes: readonly MarginMode[] };
  readonly shocks: readonly ScheduledShock[];
}

export interface CreatedRoom {
  readonly roomCode: string;
  readonly instructorToken: string;
  readonly joinUrl: string;
}

export type RoomStatus = 'LOBBY' | 'RUNNING' | 'PAUSED' | 'ENDED';

export interface RoomInfo {
  readonly roomCode: string;
  readonly scenarioId: string;
  readonly title?: string;
  readonly status: RoomStatus;
  readonly speed: number;
  readonly gameTime: string;
  readonly histTime?: string;
  readonly players: number;
  readonly locked: boolean;
  readonly playerCap: number;
}

export interface JoinedRoom {
  readonly playerId: string;
  readonly playerToken: string;
  readonly nickname?: string;
}

export interface StandingRow {
  readonly playerId: string;
  readonly nickname: string;
  readonly equity: UsdtStr;
  readonly returnPct: RateStr | number | string;
  readonly maxDrawdownPct: RateStr | number | string;
  readonly liquidated: boolean;
  readonly maxLeverageUsed: number | string;
  readonly rank?: number;
  readonly kicked?: boolean;
}

/** Instructor control actions (POST /rooms/{code}/control). */
export type ControlAction =
  | { readonly action: 'start' | 'pause' | 'resume' | 'end' | 'restart' }
  | { readonly action: 'speed'; readonly value: number }
  | { readonly action: 'shock'; readonly type: ShockType; readonly params: Record<string, unknown> }
  | { readonly action: 'topUp'; readonly playerId?: string; readonly amount: UsdtStr }
  | { readonly action: 'reset'; readonly playerId?: string }
  | { readonly action: 'lock'; readonly locked: boolean }
  | { readonly action: 'kick'; readonly playerId: string }
  | { readonly action: 'playerCap'; readonly value: number }
  | { readonly action: 'news'; readonly text: string }
  | { readonly action: 'reissueToken'; readonly playerId: string };

/** RULES.md "Shocks": the one list scenarios, the instructor API and the console share (docs/api.md wire names). */
export const SHOCK_TYPES = [
  'index_move', 'index_step', 'feed_freeze', 'outlier_venue', 'index_decoupling', 'whale_order', 'mm_pull',
  'max_leverage', 'mmr_multiplier', 'insurance_fund', 'adl', 'halt', 'news',
] as const;
export type ShockType = (typeof SHOCK_TYPES)[number];

export interface WhatIfRequest {
  readonly shock: { readonly type: ShockType; readonly params: Record<string, unknown> };
  readonly seconds: number;
}

export interface WhatIfResult {
  readonly liquidatedNotionalLong: UsdtStr;
  readonly liquidatedNotionalShort: UsdtStr;
  readonly priceLow: PriceStr;
  readonly lastPriceLow?: PriceStr;
  readonly insuranceFundLeft: UsdtStr;
  readonly adlCount: number;
  readonly maxGeneration: number;
  readonly liquidations?: number;
  readonly socializedLoss?: UsdtStr;
}

export interface LiquidationPriceRequest {
  readonly side: 'LONG' | 'SHORT';
  readonly quantity: QtyStr;
  readonly entryPrice: PriceStr;
  readonly walletBalance: UsdtStr;
  readonly marginMode: MarginMode;
  readonly otherMaintenanceMargin?: UsdtStr;
  readonly otherUnrealizedPnl?: UsdtStr;
  readonly roomCode?: string;
}
