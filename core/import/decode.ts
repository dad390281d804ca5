/**
 * Bytes → text, chunk by chunk, so a 200 MB file is never one string. Tables from Chinese Excel
 * are GB18030/GBK without a BOM, others UTF-8 (with or without BOM) or UTF-16, so the order is:
 * BOM → BOM-less UTF-16 → strict UTF-8 → strict GB18030 → GB18030 with replacements. A strict
 * decoder that fails part-way makes the caller start again with the next candidate.
 */
import type { TextEncodingName } from './types';

interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

// core/ is compiled without DOM or Node types, yet TextDecoder exists in every runtime we target
// (Node, Electron renderer, Web Worker); reaching it through globalThis keeps the typing local.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: TextDecoderConstructor })
  .TextDecoder;

export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
];

export function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: ASCII-heavy tables then have a zero byte in every other position. Chinese
 * text alone would not show this, but every table has digits and delimiters.
 */
export function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
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

/**
 * Share of characters that no text table contains: NUL and C0 controls other than tab/CR/LF, and
 * "�" from undecodable bytes unless the user chose the encoding (then they are counted apart).
 */
export function controlShare(text: string, countReplaced = true): number {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (countReplaced && c === 0xfffd))
      controls++;
  }
  return controls / sample.length;
}

/** How the text of a file is to be decoded in one attempt. */
export interface DecodeAttempt {
  encoding: TextEncodingName;
  /** Strict: invalid bytes end the attempt (the caller tries the next candidate). */
  fatal: boolean;
  /** Why this encoding: the user chose it, a BOM said so, or it was detected. */
  via: 'override' | 'bom' | 'detected' | 'fallback';
}

/** The attempts to make, in order, for a file whose first bytes are `head`. */
export function decodeAttempts(head: Uint8Array, override?: TextEncodingName): DecodeAttempt[] {
  if (override) return [{ encoding: override, fatal: false, via: 'override' }];
  const bom = bomEncoding(head);
  if (bom) return [{ encoding: bom, fatal: false, via: 'bom' }];
  const utf16 = guessBomlessUtf16(head);
  if (utf16) return [{ encoding: utf16, fatal: false, via: 'detected' }];
  return [
    { encoding: 'utf-8', fatal: true, via: 'detected' },
    { encoding: 'gb18030', fatal: true, via: 'detected' },
    { encoding: 'gb18030', fatal: false, via: 'fallback' },
  ];
}

/** A decoding failure part-way through a strict attempt. */
export class DecodeFailed extends Error {
  constructor(readonly atByte: number) {
    super(`invalid bytes near byte ${atByte}`);
    this.name = 'DecodeFailed';
  }
}

/** Bytes of an incomplete UTF-8 sequence at the very end of a file (0 when complete). */
export function danglingUtf8(tail: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, tail.length); back++) {
    const b = tail[tail.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * One decoding pass. `push` returns the text of a chunk (a character split across chunks comes
 * out with the next one); strict passes throw DecodeFailed. `end` flushes; a UTF-8 file cut off
 * inside its last character is accepted without that character (the caller reports it).
 */
export function createChunkDecoder(attempt: DecodeAttempt) {
  const decoder = new TextDecoderImpl(attempt.encoding, { fatal: attempt.fatal, ignoreBOM: false });
  let offset = 0;
  let replaced = 0;
  let first = true;
  const count = (text: string): string => {
    if (!attempt.fatal) {
      for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
    }
    if (first && text.length > 0) {
      first = false;
      // A BOM left by ignoreBOM:false is already stripped; a stray U+FEFF is not a table's.
      if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
    }
    return text;
  };
  return {
    push(chunk: Uint8Array, last: boolean, cutAtEnd = 0): string {
      const at = offset;
      offset += chunk.length;
      try {
        if (!last) return count(decoder.decode(chunk, { stream: true }));
        const body = cutAtEnd > 0 ? chunk.subarray(0, chunk.length - cutAtEnd) : chunk;
        return count(decoder.decode(body));
      } catch {
        throw new DecodeFailed(at);
      }
    },
    /** "\ufffd" replacements so far (lenient passes only). */
    replaced: () => replaced,
  };
}

/** A whole file decoded at once (small files: the scenario panel's exposure CSV). */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Problems worded in English, for callers that show one line. */
  problems: { severity: 'error' | 'warning'; message: string }[];
}

/**
 * Decode a small delimited text file in one go, with the same attempts as the import pipeline.
 * Binary data yields an error and ''.
 */
export function decodeBytes(
  bytes: Uint8Array,
  fileName: string,
  override?: TextEncodingName,
): DecodedText {
  for (const attempt of decodeAttempts(bytes.subarray(0, 65536), override)) {
    const decoder = createChunkDecoder(attempt);
    let text: string;
    try {
      text = decoder.push(bytes, true);
    } catch {
      continue;
    }
    if (bytes.length === 0)
      return {
        text: '',
        encoding: attempt.encoding,
        problems: [{ severity: 'error', message: `${fileName}: the file is empty (0 bytes).` }],
      };
    if (controlShare(text) > 0.01) {
      const message = `${fileName}: this is not a text table (it contains binary data). Open it in Excel and save as .xlsx or CSV.`;
      return { text: '', encoding: attempt.encoding, problems: [{ severity: 'error', message }] };
    }
    const replaced = decoder.replaced();
    const problems =
      replaced > 0
        ? [
            {
              severity: 'warning' as const,
              message: `${fileName}: ${replaced} byte sequence(s) could not be decoded as ${attempt.encoding} and were replaced by "�".`,
            },
          ]
        : [];
    return { text, encoding: attempt.encoding, problems };
  }
  throw new Error('unreachable: the last decoding attempt is lenient');
}
