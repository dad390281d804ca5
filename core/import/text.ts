/**
 * Text normalisation shared by the steps: tables mix full-width and ASCII forms freely
 * ("２０２５", "（亿元）", "进出口　金额"), and matching must not depend on which one a clerk typed.
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

/** Full-width digits, letters and punctuation → ASCII; NBSP and ideographic spaces → space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e && FULL_WIDTH_PUNCTUATION[ch] === undefined) {
      out += String.fromCodePoint(code - 0xfee0);
    } else {
      out += FULL_WIDTH_PUNCTUATION[ch] ?? ch;
    }
  }
  return out;
}


/** Half-width, no whitespace, lower case: the form labels are compared in. */
export const normaliseLabel = (text: string): string =>
  toHalfWidth(text).replace(/\s+/g, '').toLowerCase();

/** Trimmed, half-width, inner whitespace collapsed to one space: the form shown in messages. */
export const tidyText = (text: string): string => toHalfWidth(text).replace(/\s+/g, ' ').trim();
