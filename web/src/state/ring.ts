/** Newest-first bounded list: prepends and drops the oldest beyond `cap`. */
export function pushRing<T>(items: readonly T[], item: T, cap: number): readonly T[] {
  const next = [item, ...items];
  if (next.length > cap) next.length = cap;
  return next;
}
