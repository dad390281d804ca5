/**
 * Where a file's bytes come from, read a slice at a time: memory (tests, a request's body), a
 * file on disk (the CLI) or a File in the browser (the wizard's worker). The CSV reader asks for
 * 1 MB at a time, so a 200 MB file is never one buffer on top of its text.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes already in memory. */
export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
});
