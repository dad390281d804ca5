/**
 * Seeded pseudo-random numbers and the two distributions the Monte Carlo uses. mulberry32 is a
 * 32-bit generator (Tommy Ettinger, public domain): one multiply-xorshift round per number,
 * period 2^32, good enough for 10⁴–10⁶ draws and identical on every platform, which is what makes
 * a saved scenario's Monte Carlo reproducible. Not for cryptography.
 */

/** A generator of uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The generator `mulberry32(seed)` would be after `skip` numbers (skip taken mod 2³²): its state
 * only ever adds a constant, so a worker can start a run's later draws without producing the
 * earlier ones.
 */
export function mulberry32At(seed: number, skip: number): () => number {
  return mulberry32(mulberry32StateAt(seed, skip));
}

/** The state `mulberry32At(seed, skip)` starts from, for `fillMulberry32`. */
export function mulberry32StateAt(seed: number, skip: number): number {
  return (seed + Math.imul(skip >>> 0, 0x6d2b79f5)) >>> 0;
}

/**
 * Writes the next `count` numbers of the mulberry32 generator in `state` into out[0, count) and
 * returns the state after them: exactly the numbers the generator function gives, without a call
 * per number (the Monte Carlo takes a few hundred per draw).
 */
export function fillMulberry32(state: number, out: Float64Array, count: number): number {
  let a = state >>> 0;
  for (let i = 0; i < count; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return a;
}

/** Uniform on [min, max]. */
export function uniform(u: number, min: number, max: number): number {
  return min + u * (max - min);
}

/**
 * Triangular on [min, max] with peak at `mode`, by inverting the CDF at u:
 * F(x) = (x−a)²/((b−a)(c−a)) for x ≤ c, so x = a + √(u(b−a)(c−a)) when u < (c−a)/(b−a).
 */
export function triangular(u: number, min: number, max: number, mode: number): number {
  const span = max - min;
  if (span <= 0) return min;
  const cut = (mode - min) / span;
  return u < cut
    ? min + Math.sqrt(u * span * (mode - min))
    : max - Math.sqrt((1 - u) * span * (max - mode));
}
