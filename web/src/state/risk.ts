/** Instructor risk dashboard (`risk.update`, ≤ 2/s): kept as received, numbers parsed where drawn. */
import type { RiskData } from '../protocol';

export interface RiskState {
  readonly latest: RiskData | null;
}

export const emptyRisk: RiskState = { latest: null };
export const riskUpdate = (_s: RiskState, d: RiskData): RiskState => ({ latest: d });
