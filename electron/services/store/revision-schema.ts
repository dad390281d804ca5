/**
 * Valibot schemas for what the store reads back from disk. The checksum catches damage; these
 * catch a file that is intact but not what this version of the app can use (hand edits, a bug
 * in an earlier version), before it reaches the merge code as `any`.
 */
import * as v from 'valibot';
import type { UserLayer } from '../../../core/model';

const FLAGS = [
  'unit_slip',
  'year_doubtful',
  'not_comparable',
  'conflict',
  'low_reliability',
  'derived',
] as const;
const MEASURES = [
  'total',
  'exports',
  'imports',
  'total_yoy',
  'exports_yoy',
  'imports_yoy',
] as const;
const SOURCE_KINDS = [
  'official_release',
  'news_agency',
  'news_repost',
  'research_paper',
  'blog_or_qa',
  'other',
  'user_import',
] as const;

const finiteNumber = v.pipe(v.number(), v.finite());
const adcode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'expected a 6-digit division code'));
const flag = v.nullable(v.picklist(FLAGS));
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest'));

const derivationSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('sum') }),
  v.strictObject({
    kind: v.literal('usd'),
    usdValue: finiteNumber,
    rate: v.pipe(finiteNumber, v.minValue(0.01)),
    rateSourceId: v.string(),
    rateKind: v.picklist(['annual_average', 'implied']),
    usdSum: v.boolean(),
  }),
]);

const alternateSchema = v.strictObject({
  value: v.nullable(finiteNumber),
  sourceId: v.string(),
  period: v.string(),
  flag,
  note: v.string(),
  status: v.picklist(['agrees', 'lost', 'excluded']),
  derivation: v.optional(derivationSchema),
});

const cellSchema = v.strictObject({
  value: finiteNumber,
  sourceId: v.string(),
  flag,
  precision: v.nullable(v.picklist(['exact', 'rounded'])),
  note: v.string(),
  confirmedBy: v.array(v.string()),
  alternates: v.array(alternateSchema),
  derivation: v.optional(derivationSchema),
});

const cellsEntries = Object.fromEntries(MEASURES.map((m) => [m, v.optional(cellSchema)])) as {
  [K in (typeof MEASURES)[number]]: v.OptionalSchema<typeof cellSchema, undefined>;
};

const figureRecordSchema = v.strictObject({
  code: adcode,
  year: v.pipe(v.number(), v.integer()),
  period: v.pipe(v.string(), v.minLength(1)),
  cells: v.strictObject(cellsEntries),
  ranks: v.array(
    v.strictObject({
      scope: v.picklist(['national_city', 'national_province', 'in_province']),
      rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
      sourceId: v.string(),
      flag,
      note: v.string(),
      alternates: v.array(alternateSchema),
    }),
  ),
  gaps: v.array(v.strictObject({ sourceId: v.string(), flag, note: v.string() })),
  usd: v.optional(v.strictObject(cellsEntries)),
});

const sourceSchema = v.strictObject({
  id: v.string(),
  title: v.string(),
  publisher: v.string(),
  url: v.string(),
  publishedDate: v.string(),
  kind: v.picklist(SOURCE_KINDS),
  /** sha256 of an imported file (user imports only). */
  checksum: v.optional(sha256),
  series: v.optional(v.picklist(['yearbook', 'nbs', 'release', 'import'])),
});

/** A user-entered exposure share (core/model ExposureEdit); the category is checked on use. */
export const exposureEditSchema = v.strictObject({
  code: adcode,
  dimension: v.picklist(['partner', 'product', 'trade_mode', 'import_commodity']),
  basis: v.picklist(['total', 'export', 'import']),
  category: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  pct: v.pipe(finiteNumber, v.minValue(0), v.maxValue(100)),
});

export const userLayerSchema = v.strictObject({
  schemaVersion: v.literal(1),
  figures: v.array(figureRecordSchema),
  sources: v.array(sourceSchema),
  aliases: v.array(v.strictObject({ alias: v.string(), code: adcode })),
  // Optional, so revisions written before the scenario panel still read (and their checksums,
  // taken over the canonical JSON, are unchanged: an absent key is not serialised).
  exposureEdits: v.optional(v.array(exposureEditSchema)),
});

export const fromFileSchema = v.nullable(v.strictObject({ name: v.string(), sha256 }));

/** core/model RevisionKind, checked when a revision is read back. */
export const revisionKindSchema = v.variant('type', [
  v.strictObject({ type: v.literal('bundled') }),
  v.strictObject({
    type: v.literal('import'),
    file: v.string(),
    accepted: v.array(
      v.strictObject({
        row: v.pipe(v.number(), v.integer(), v.minValue(1)),
        code: adcode,
        metric: v.picklist(['total', 'exports', 'imports']),
        value: finiteNumber,
      }),
    ),
  }),
  v.strictObject({ type: v.literal('undo'), to: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('reset') }),
  v.strictObject({
    type: v.literal('exposure_shares'),
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ type: v.literal('other'), summary: v.string() }),
]);

export const revisionFileSchema = v.strictObject({
  schemaVersion: v.literal(1),
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  summary: v.string(),
  fromFile: fromFileSchema,
  kind: v.optional(revisionKindSchema),
  layer: userLayerSchema,
  checksum: sha256,
});

/** A layer as validated: structurally a UserLayer (brands are not checkable at run time). */
export function asUserLayer(output: v.InferOutput<typeof userLayerSchema>): UserLayer {
  return output as unknown as UserLayer;
}

/** First few validation problems, as "path: message", for a notice or an error. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
