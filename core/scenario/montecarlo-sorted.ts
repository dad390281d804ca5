/**
 * Order statistics of Monte Carlo draws without a selection on the calling thread: each worker
 * sorts its part's draws per entity (a radix sort on the 32-bit floats the draws are stored as,
 * linear in the draws), and the merge then finds the k-th smallest draw of an entity over all
 * parts by binary search. The result is exactly the k-th smallest value, as a quickselect over all
 * draws gives it; only where the work is done changes (in the workers, in parallel).
 */

const SIGN = 0x80000000;

/** The sortable key of a float's bits: unsigned order of keys is the order of the values. */
const keyOf = (bits: number): number => (bits & SIGN ? ~bits >>> 0 : (bits | SIGN) >>> 0);
/** The float bits of a key. */
const bitsOf = (key: number): number => (key & SIGN ? (key ^ SIGN) >>> 0 : ~key >>> 0);

const NAN_BITS = 0x7fc00000;

/** Scratch space of one sorter, grown to the longest run it sorts. */
export interface RunSorter {
  sort(bits: Uint32Array, from: number, count: number): number;
}

/**
 * A sorter of runs of float32 bits (a Uint32Array view of a Float32Array): `sort(bits, from,
 * count)` sorts bits[from, from + count) ascending by value with every NaN moved to the end, and
 * returns how many are not NaN.
 */
export function createRunSorter(): RunSorter {
  let a = new Uint32Array(0);
  let b = new Uint32Array(0);
  const hist = new Uint32Array(4 * 256);
  return {
    sort(bits, from, count) {
      if (a.length < count) {
        a = new Uint32Array(count);
        b = new Uint32Array(count);
      }
      hist.fill(0);
      let m = 0;
      for (let j = from, end = from + count; j < end; j++) {
        const x = bits[j] as number;
        // NaN: all exponent bits set and a non-zero fraction.
        if ((x & 0x7fffffff) > 0x7f800000) continue;
        const k = keyOf(x);
        a[m++] = k;
        hist[k & 0xff] = (hist[k & 0xff] as number) + 1;
        hist[256 + ((k >>> 8) & 0xff)] = (hist[256 + ((k >>> 8) & 0xff)] as number) + 1;
        hist[512 + ((k >>> 16) & 0xff)] = (hist[512 + ((k >>> 16) & 0xff)] as number) + 1;
        hist[768 + (k >>> 24)] = (hist[768 + (k >>> 24)] as number) + 1;
      }
      let src = a;
      let dst = b;
      for (let pass = 0; pass < 4; pass++) {
        const h = pass * 256;
        const shift = pass * 8;
        // A byte every key shares orders nothing: skip its pass.
        if (m === 0 || hist[h + (((src[0] as number) >>> shift) & 0xff)] === m) continue;
        let sum = 0;
        for (let v = 0; v < 256; v++) {
          const c = hist[h + v] as number;
          hist[h + v] = sum;
          sum += c;
        }
        for (let j = 0; j < m; j++) {
          const k = src[j] as number;
          const slot = h + ((k >>> shift) & 0xff);
          const at = hist[slot] as number;
          hist[slot] = at + 1;
          dst[at] = k;
        }
        const t = src;
        src = dst;
        dst = t;
      }
      for (let j = 0; j < m; j++) bits[from + j] = bitsOf(src[j] as number);
      for (let j = from + m, end = from + count; j < end; j++) bits[j] = NAN_BITS;
      return m;
    },
  };
}

/** A run of sorted, non-NaN float32 bits: bits[from, from + count). */
export interface SortedRun {
  bits: Uint32Array;
  from: number;
  count: number;
}

/** How many values of a run have a key ≤ `key` (binary search). */
function countAtMost(run: SortedRun, key: number): number {
  let lo = 0;
  let hi = run.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(run.bits[run.from + mid] as number) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The k-th smallest (0-based) value over sorted runs holding more than k values together, as a
 * float32 bit pattern.
 */
export function kthOfRuns(runs: readonly SortedRun[], k: number): number {
  if (runs.length === 1) {
    const run = runs[0] as SortedRun;
    return run.bits[run.from + k] as number;
  }
  // The smallest key with more than k values at or below it.
  let lo = 0;
  let hi = 0xffffffff;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    let seen = 0;
    for (const run of runs) seen += countAtMost(run, mid);
    if (seen > k) hi = mid;
    else lo = mid + 1;
  }
  return bitsOf(lo);
}
