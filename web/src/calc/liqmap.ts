/**
 * The players' estimated liquidation map (RULES.md "Liquidation maps", MECHANICS §6.2), from public data
 * only, with the engine's recipe (EstimatedLiquidationMap): each open-interest increase at a price is spread
 * over an assumed leverage mix; each tier's notional lands in the bucket of its liquidation level
 * (long E(1 − 1/L)/(1 − m), short E(1 + 1/L)/(1 + m), m = bracket-1 MMR); an OI decrease scales every
 * bucket by newOI/oldOI; a bucket the traded price reaches is consumed. Floats: a chart, not money.
 * Pure: every function returns a new map.
 */
export interface LeverageTier {
  readonly leverage: number;
  readonly weight: number;
}

/** RULES.md default: 10×, 25×, 50×, 100× weighted 40/30/20/10. */
export const DEFAULT_MIX: readonly LeverageTier[] = [
  { leverage: 10, weight: 0.4 },
  { leverage: 25, weight: 0.3 },
  { leverage: 50, weight: 0.2 },
  { leverage: 100, weight: 0.1 },
];

export interface LiqMap {
  /** Bucket width in USDT. */
  readonly bucket: number;
  readonly mmr: number;
  readonly mix: readonly LeverageTier[];
  /** Open interest (BTC) the map has been told about. */
  readonly openInterest: number;
  /** Bucket start price → estimated long notional (forced sells), USDT. */
  readonly longs: ReadonlyMap<number, number>;
  /** Bucket start price → estimated short notional (forced buys), USDT. */
  readonly shorts: ReadonlyMap<number, number>;
}

export function emptyLiqMap(bucket = 50, mmr = 0.004, mix: readonly LeverageTier[] = DEFAULT_MIX): LiqMap {
  const total = mix.reduce((s, t) => s + t.weight, 0);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError('leverage weights must sum to 100 %');
  return { bucket, mmr, mix, openInterest: 0, longs: new Map(), shorts: new Map() };
}

export const longLevel = (entry: number, leverage: number, mmr: number): number => (entry * (1 - 1 / leverage)) / (1 - mmr);
export const shortLevel = (entry: number, leverage: number, mmr: number): number => (entry * (1 + 1 / leverage)) / (1 + mmr);

const bucketOf = (m: LiqMap, level: number): number => Math.floor(level / m.bucket) * m.bucket;

/**
 * Open interest changed by `oiDelta` BTC while the price was `price`; `longShare` ∈ [0, 1] of a new entry is
 * attributed to leveraged longs (e.g. the taker-buy share of the volume since the last change).
 */
export function onOpenInterestChange(m: LiqMap, price: number, oiDelta: number, longShare = 0.5): LiqMap {
  if (!(price > 0) || oiDelta === 0 || !Number.isFinite(oiDelta)) return m;
  if (oiDelta > 0) {
    const longs = new Map(m.longs);
    const shorts = new Map(m.shorts);
    const notional = price * oiDelta;
    for (const tier of m.mix) {
      const part = notional * tier.weight;
      const lp = longLevel(price, tier.leverage, m.mmr);
      if (part * longShare > 0 && lp > 0) add(longs, bucketOf(m, lp), part * longShare);
      if (part * (1 - longShare) > 0) add(shorts, bucketOf(m, shortLevel(price, tier.leverage, m.mmr)), part * (1 - longShare));
    }
    return { ...m, openInterest: m.openInterest + oiDelta, longs, shorts };
  }
  const after = Math.max(0, m.openInterest + oiDelta);
  if (m.openInterest <= 0) return { ...m, openInterest: after };
  const f = after / m.openInterest;
  return { ...m, openInterest: after, longs: scale(m.longs, f), shorts: scale(m.shorts, f) };
}

/** Price traded in [low, high]: long buckets the low entered and short buckets the high reached are consumed. */
export function onPriceRange(m: LiqMap, low: number, high: number): LiqMap {
  let changed = false;
  const longs = new Map<number, number>();
  for (const [k, v] of m.longs) {
    if (k + m.bucket > low) changed = true;
    else longs.set(k, v);
  }
  const shorts = new Map<number, number>();
  for (const [k, v] of m.shorts) {
    if (k <= high) changed = true;
    else shorts.set(k, v);
  }
  return changed ? { ...m, longs, shorts } : m;
}

/** Buckets sorted by price for drawing: [price, longNotional, shortNotional]. */
export function liqMapRows(m: LiqMap): Array<readonly [number, number, number]> {
  const keys = new Set<number>([...m.longs.keys(), ...m.shorts.keys()]);
  return [...keys].sort((a, b) => a - b).map((k) => [k, m.longs.get(k) ?? 0, m.shorts.get(k) ?? 0] as const);
}

function add(map: Map<number, number>, k: number, v: number): void {
  map.set(k, (map.get(k) ?? 0) + v);
}

function scale(map: ReadonlyMap<number, number>, f: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [k, v] of map) {
    const s = v * f;
    if (s > 1e-9) out.set(k, s);
  }
  return out;
}
