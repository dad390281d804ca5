/**
 * Sorting and selection on Float64Array ranges, for the hot loops. V8's TypedArray.prototype.sort
 * costs about three times this quicksort on the ~340-value arrays the engine ranks (measured in
 * scripts/bench), and Monte Carlo percentiles need only three order statistics per entity, which
 * quickselect finds in linear time instead of sorting 10,000 draws. NaN must not be present.
 */

const SMALL = 16;

/** Where the last partition cut its range: one per call, reused down the recursion. */
interface Cut {
  i: number;
  j: number;
}

/** Sorts a[lo, hi) ascending in place (quicksort, median-of-three, insertion sort for short runs). */
export function sortRange(a: Float64Array, lo: number, hi: number): void {
  sortWith(a, lo, hi, { i: 0, j: 0 });
}

function sortWith(a: Float64Array, lo: number, hi: number, cut: Cut): void {
  while (hi - lo > SMALL) {
    partition(a, lo, hi, cut);
    const { i, j } = cut;
    // Recurse into the smaller side so the stack stays O(log n).
    if (j - lo < hi - i) {
      sortWith(a, lo, j + 1, cut);
      lo = i;
    } else {
      sortWith(a, i, hi, cut);
      hi = j + 1;
    }
  }
  insertionSort(a, lo, hi);
}

/**
 * Rearranges a[lo, hi) so that a[k] holds the value it would have if the range were sorted, with
 * nothing larger before it and nothing smaller after it. Returns a[k].
 */
export function selectKth(a: Float64Array, lo: number, hi: number, k: number): number {
  const cut: Cut = { i: 0, j: 0 };
  while (hi - lo > SMALL) {
    partition(a, lo, hi, cut);
    const { i, j } = cut;
    if (k <= j) hi = j + 1;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  insertionSort(a, lo, hi);
  return a[k] as number;
}

/** Hoare partition around a median-of-three pivot: [lo, cut.j] ≤ pivot ≤ [cut.i, hi). */
function partition(a: Float64Array, lo: number, hi: number, cut: Cut): void {
  const x = a[lo] as number;
  const y = a[(lo + hi) >>> 1] as number;
  const z = a[hi - 1] as number;
  const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
  let i = lo;
  let j = hi - 1;
  while (i <= j) {
    while ((a[i] as number) < pivot) i++;
    while ((a[j] as number) > pivot) j--;
    if (i <= j) {
      const t = a[i] as number;
      a[i] = a[j] as number;
      a[j] = t;
      i++;
      j--;
    }
  }
  cut.i = i;
  cut.j = j;
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}
