/**
 * Geometry of the inline SVG sparkline in ranking rows. Gaps break the line: two values are only
 * joined when the years between them all have figures, so a missing year is never bridged.
 */
export interface SparkGeometry {
  /** One SVG path per run of consecutive values. */
  paths: string[];
  /** Points drawn as dots: values with no neighbour to join, and the last value. */
  dots: { x: number; y: number; last: boolean }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkline(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparkGeometry {
  const present = values.filter((v): v is number => v != null);
  if (!present.length) return { paths: [], dots: [] };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const stepX = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) =>
    round(max === min ? height / 2 : pad + (1 - (v - min) / (max - min)) * (height - 2 * pad));
  const x = (i: number) => round(values.length > 1 ? pad + i * stepX : width / 2);

  const paths: string[] = [];
  const dots: SparkGeometry['dots'] = [];
  let run: string[] = [];
  const lastIndex = values.reduce<number>((acc, v, i) => (v != null ? i : acc), -1);
  values.forEach((v, i) => {
    if (v == null) {
      if (run.length > 1) paths.push(run.join(' '));
      run = [];
      return;
    }
    run.push(`${run.length ? 'L' : 'M'}${x(i)},${y(v)}`);
    const isolated = values[i - 1] == null && values[i + 1] == null;
    if (isolated || i === lastIndex) dots.push({ x: x(i), y: y(v), last: i === lastIndex });
  });
  if (run.length > 1) paths.push(run.join(' '));
  return { paths, dots };
}
