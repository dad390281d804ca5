/**
 * Bytes → text. Tables from Chinese Excel are GB18030/GBK without a BOM, others UTF-8 (with or
 * without BOM) or UTF-16, so the order is: BOM → BOM-less UTF-16 → strict UTF-8 → GB18030.
 */
import { makeProblem } from './problems';
import type { ImportProblem, TextEncodingName } from './types';

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

// core/ is compiled without DOM or Node types, yet TextDecoder exists in every runtime we target
// (Node, Electron renderer, Web Worker); reaching it through globalThis keeps the typing local.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: TextDecoderConstructor })
  .TextDecoder;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  problems: ImportProblem[];
}

export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
];

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII-heavy tables then have a zero byte in every other position. Chinese
 * text alone would not show this, but every table has digits and delimiters.
 */
function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoderImpl(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that no text table contains: NUL and C0 controls other than tab/CR/LF. */
function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) controls++;
  }
  return controls / sample.length;
}

const countReplacements = (text: string): number => text.split('\ufffd').length - 1;

/**
 * Decode a delimited text file. `override` forces an encoding (the user chose it); the result
 * then warns when characters could not be decoded. Binary input yields an error problem and ''.
 */
export function decodeBytes(
  bytes: Uint8Array,
  fileName: string,
  override?: TextEncodingName,
): DecodedText {
  const place = { file: fileName };
  if (bytes.length === 0) {
    const problem = makeProblem('error', 'empty_file', place, 'the file is empty (0 bytes).');
    return { text: '', encoding: override ?? 'utf-8', problems: [problem] };
  }
  const bom = bomEncoding(bytes);
  if (override) {
    const text = new TextDecoderImpl(override, { fatal: false }).decode(bytes);
    const bad = countReplacements(text);
    const problems =
      bad > 0
        ? [
            makeProblem(
              'warning',
              'encoding_replaced',
              place,
              `${bad} byte sequence(s) are not valid ${override} and were replaced by "�"; ` +
                `the file is probably in another encoding${bom ? ` (its BOM says ${bom.encoding})` : ''}.`,
            ),
          ]
        : [];
    return finish(text, override, problems, fileName);
  }
  if (bom) {
    const text = new TextDecoderImpl(bom.encoding, { fatal: false }).decode(bytes);
    return finish(text, bom.encoding, [], fileName);
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    if (text !== null) return finish(text, utf16, [], fileName);
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8', [], fileName);
  // A UTF-8 file cut off inside a character fails strict decoding only at its very end; reading
  // it as GB18030 instead would garble every name, so accept it and report the cut.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const head = tryDecode(bytes.subarray(0, bytes.length - cut), 'utf-8');
    if (head !== null && /[^\u0020-\u007e\t\r\n]/.test(head)) {
      const note = makeProblem(
        'warning',
        'encoding_replaced',
        place,
        `the file ends in the middle of a UTF-8 character (${cut} stray byte(s) dropped); it may be truncated.`,
      );
      return finish(head, 'utf-8', [note], fileName);
    }
  }
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return finish(gb, 'gb18030', [], fileName);
  // Neither decodes cleanly: keep the GB18030 reading (the likelier origin) and say so.
  const loose = new TextDecoderImpl('gb18030', { fatal: false }).decode(bytes);
  const note = makeProblem(
    'warning',
    'encoding_fallback',
    place,
    `the file is neither valid UTF-8 nor valid GB18030; read as GB18030 with ` +
      `${countReplacements(loose)} undecodable sequence(s) replaced by "�". Choose the encoding if names look wrong.`,
  );
  return finish(loose, 'gb18030', [note], fileName);
}

function finish(
  text: string,
  encoding: TextEncodingName,
  problems: ImportProblem[],
  fileName: string,
): DecodedText {
  // Control characters in more than 1% of the text mean this is not a table (a zip, a picture,
  // a Word file renamed to .csv); parsing it would only produce a flood of meaningless problems.
  if (controlShare(text) > 0.01) {
    const problem = makeProblem(
      'error',
      'binary_file',
      { file: fileName },
      'this is not a text table (it contains binary data). Open it in Excel and save as .xlsx or CSV.',
    );
    return { text: '', encoding, problems: [...problems, problem] };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, problems };
}
