/**
 * Per-stream sequence tracking (docs/api.md: `seq` counts per stream per connection from 1). Pure: `observe`
 * returns the verdict and the next tracker. A gap means messages were lost: the caller asks for `resync` and
 * ignores that stream's messages until its snapshot arrives (the state layer drops stale deltas).
 */
import type { StreamName } from '../protocol';

export type SeqVerdict = 'ok' | 'gap' | 'duplicate';

export interface SeqTracker {
  readonly last: ReadonlyMap<StreamName, number>;
  /** Streams with a resync requested and not yet answered by a snapshot. */
  readonly resyncing: ReadonlySet<StreamName>;
}

export const emptySeqTracker = (): SeqTracker => ({ last: new Map(), resyncing: new Set() });

/** Streams whose fresh state arrives as a snapshot message (the others are plain event streams). */
const SNAPSHOT_TYPES = new Set(['book.snapshot', 'orders.snapshot']);

export function observeSeq(t: SeqTracker, stream: StreamName, seq: number, type: string): { verdict: SeqVerdict; next: SeqTracker } {
  const prev = t.last.get(stream) ?? 0;
  if (seq <= prev) return { verdict: 'duplicate', next: t };
  const last = new Map(t.last).set(stream, seq);
  let resyncing = t.resyncing;
  if (SNAPSHOT_TYPES.has(type) && resyncing.has(stream)) {
    resyncing = new Set(resyncing);
    (resyncing as Set<StreamName>).delete(stream);
  }
  if (seq !== prev + 1 && !SNAPSHOT_TYPES.has(type)) {
    const r = new Set(resyncing).add(stream);
    return { verdict: 'gap', next: { last, resyncing: r } };
  }
  return { verdict: 'ok', next: { last, resyncing } };
}
