/**
 * One revision on disk: `revisions/r000007.json`, a complete user layer plus who/when/why, and a
 * checksum over the canonical JSON of everything else. The files are the truth; the journal is
 * only a human-readable log.
 */
import * as v from 'valibot';
import type { RevisionKind, UserLayer } from '../../../core/model';
import { canonicalJson, sha256Hex } from './canonical-json';
import { describeIssues, revisionFileSchema } from './revision-schema';

export const REVISION_SCHEMA_VERSION = 1;
export const REVISIONS_FOLDER = 'revisions';
export const DAMAGED_FOLDER = 'damaged';
export const JOURNAL_FILE = 'journal.jsonl';

export interface FromFile {
  name: string;
  sha256: string;
}

export interface RevisionFile {
  schemaVersion: number;
  id: number;
  createdAt: string;
  summary: string;
  fromFile: FromFile | null;
  /** What the revision did; absent in files written before kinds were stored. */
  kind?: RevisionKind;
  layer: UserLayer;
  checksum: string;
}

const NAME_PATTERN = /^r(\d{6,})\.json$/;

export function revisionFileName(id: number): string {
  return `r${String(id).padStart(6, '0')}.json`;
}

/** The id a revision file name stands for, or null for any other file. */
export function parseRevisionFileName(name: string): number | null {
  const match = NAME_PATTERN.exec(name);
  return match ? Number(match[1]) : null;
}

export function revisionChecksum(revision: Omit<RevisionFile, 'checksum'>): string {
  const { schemaVersion, id, createdAt, summary, fromFile, kind, layer } = revision;
  // An absent kind is left out of the canonical form, so older files keep their checksums.
  return sha256Hex(canonicalJson({ schemaVersion, id, createdAt, summary, fromFile, kind, layer }));
}

export function buildRevision(
  fields: Omit<RevisionFile, 'checksum' | 'schemaVersion'>,
): RevisionFile {
  const unsigned = { schemaVersion: REVISION_SCHEMA_VERSION, ...fields };
  return { ...unsigned, checksum: revisionChecksum(unsigned) };
}

/** The file's bytes. Field order puts the short header first so a person can read it with `head`. */
export function encodeRevision(revision: RevisionFile): string {
  const { schemaVersion, id, createdAt, summary, fromFile, kind, checksum, layer } = revision;
  const header = { schemaVersion, id, createdAt, summary, fromFile, kind, checksum };
  return `${JSON.stringify({ ...header, layer })}\n`;
}

export type RevisionCheck =
  | { status: 'ok'; revision: RevisionFile }
  /** Truncated, corrupted or not a revision: to be set aside. */
  | { status: 'damaged'; reason: string }
  /** Intact but written by a newer app version: left alone, never set aside. */
  | { status: 'newer'; schemaVersion: number };

/**
 * Decide whether `text`, read from the file for revision `expectedId`, is an intact revision
 * this version can use. Never throws.
 */
export function checkRevisionText(text: string, expectedId: number): RevisionCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      status: 'damaged',
      reason: text.length === 0 ? 'empty file' : 'not valid JSON, probably cut short',
    };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > REVISION_SCHEMA_VERSION
  ) {
    return { status: 'newer', schemaVersion: version };
  }
  const parsed = v.safeParse(revisionFileSchema, raw);
  if (!parsed.success)
    return { status: 'damaged', reason: `not a valid revision (${describeIssues(parsed.issues)})` };
  const { kind, ...rest } = parsed.output;
  const revision: RevisionFile = {
    ...rest,
    ...(kind ? { kind: kind as RevisionKind } : {}),
    layer: parsed.output.layer,
  };
  if (revision.id !== expectedId) {
    return { status: 'damaged', reason: `holds revision ${revision.id}, not ${expectedId}` };
  }
  if (revisionChecksum(revision) !== revision.checksum) {
    return { status: 'damaged', reason: 'checksum mismatch (contents changed after saving)' };
  }
  return { status: 'ok', revision };
}
