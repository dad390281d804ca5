/**
 * File names made from what a user typed (a scenario's name, a briefing's title): no folders,
 * reserved characters or control characters, spaces as hyphens, CJK kept.
 */

/** `name` made safe as a file name stem, or `fallback` when nothing is left. */
export function fileStem(name: string, fallback: string): string {
  const safe = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return safe || fallback;
}
