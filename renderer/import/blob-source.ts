/**
 * A chosen file (a Blob) as the import pipeline's byte source: slices are read on demand, so a
 * 200 MB CSV is never copied whole into the worker.
 */
import type { ByteSource } from '../../core/import';

export const blobSource = (blob: Blob): ByteSource => ({
  size: blob.size,
  read: async (offset, length) =>
    new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
});

/** sha256 hex of a Blob (WebCrypto digests whole buffers only). */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
