/**
 * Text normalisation shared by the steps: tables mix full-width and ASCII forms freely
 * ("２０２５", "（亿元）", an ideographic space in "进出口 金额"), and matching must not depend on which one a clerk typed.
 */

const FULL_WIDTH_PUNCTUATION: Record<string, string> = {
  '．': '.',
  '，': ',',
  '－': '-',
  '−': '-',
  '﹣': '-',
  '＋': '+',
  '（': '(',
  '）': ')',
  '％': '%',
  '　': ' ',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

const NEEDS_FOLDING = /[\uff01-\uff5e\u3000\u00a0\u2009\u202f\u2212\ufe63]/;
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2009\u202f\u2212\ufe63]/g;

/** Full-width digits, letters and punctuation → ASCII; NBSP and ideographic spaces → space. */
export function toHalfWidth(text: string): string {
  // Most cells are plain ASCII or CJK; skip the rewrite for them (this runs once per cell).
  if (!NEEDS_FOLDING.test(text)) return text;
  return text.replace(
    FOLDABLE,
    (ch) => FULL_WIDTH_PUNCTUATION[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Half-width, no whitespace, lower case: the form labels are compared in. */
export const normaliseLabel = (text: string): string =>
  toHalfWidth(text).replace(/\s+/g, '').toLowerCase();

/** Trimmed, half-width, inner whitespace collapsed to one space: the form shown in messages. */
export const tidyText = (text: string): string => toHalfWidth(text).replace(/\s+/g, ' ').trim();
