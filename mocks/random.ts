/**
 * Deterministic pseudo-random numbers: the same seed gives the same mock data, byte for byte.
 *
 * Two kinds are used. A sequential generator (mulberry32) for things drawn once in order
 * (a network of sensors, a list of late dossiers). Stateless hashes for values that must be
 * computable on their own, in any order (the reading of datastream 17 at 10:05 on any day, the
 * count of one procedure in one commune in one month): `noise(seed, ...keys)` always gives the
 * same number for the same keys, so a page of results never depends on what was asked before.
 */

/** FNV-1a hash of a string to a 32-bit seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast, good enough for mock data (not for anything secret). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3 finaliser: spreads the bits of a 32-bit integer. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of integer keys (any safe integers, negative included). */
export function hash32(seed: number, ...keys: readonly number[]): number {
  let h = mix(seed ^ 0x9e3779b9);
  for (const key of keys) {
    // Split keys above 2^32 so that large ids (observation ids) keep all their bits.
    const low = key % 4294967296;
    const high = Math.floor(key / 4294967296);
    h = mix(h ^ (low >>> 0));
    h = mix((h + 0x6d2b79f5) ^ (high >>> 0));
  }
  return h;
}

/** Uniform in [0, 1) from integer keys. */
export function noise(seed: number, ...keys: readonly number[]): number {
  return hash32(seed, ...keys) / 4294967296;
}

/** Uniform in [-1, 1) from integer keys. */
export function signedNoise(seed: number, ...keys: readonly number[]): number {
  return noise(seed, ...keys) * 2 - 1;
}

/** Approximately standard normal from integer keys (sum of four uniforms, variance-matched). */
export function gaussianNoise(seed: number, ...keys: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += noise(seed, ...keys, 977 + i);
  return (sum - 2) * Math.sqrt(3);
}

/**
 * Smooth value noise in [-1, 1] along a real axis x (one lattice point per unit of x),
 * cosine-interpolated: neighbouring x give close values, so readings drift instead of jumping.
 */
export function smoothNoise(seed: number, key: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const a = signedNoise(seed, key, i);
  const b = signedNoise(seed, key, i + 1);
  const w = (1 - Math.cos(Math.PI * f)) / 2;
  return a * (1 - w) + b * w;
}

/** Standard normal draw from a sequential generator (Box–Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** One element chosen by a number in [0, 1). */
export function pick<T>(items: readonly T[], u: number): T {
  const item = items[Math.min(items.length - 1, Math.floor(u * items.length))];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
