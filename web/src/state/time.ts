/** Game time: nanoseconds since the room started, carried as a decimal string. */
export function gameSeconds(gameTimeNs: string): number {
  if (!/^\d+$/.test(gameTimeNs)) return 0;
  // Split to keep precision: seconds part as bigint, sub-second as a fraction.
  const ns = BigInt(gameTimeNs);
  return Number(ns / 1_000_000_000n) + Number(ns % 1_000_000_000n) / 1e9;
}

/** "1:05:09" / "05:09" game clock. */
export function formatGameClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}
