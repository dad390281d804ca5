/**
 * The saved user layer's schema, built from the model's own vocabularies and checked against the
 * model with `satisfies`: a flag, measure or source kind added to the model is accepted on disk at
 * once (a list kept elsewhere would set the user's next revisions aside as "damaged"), and a
 * schema that drifts from `UserLayer` is a type error rather than a cast.
 */
import * as v from 'valibot';
import { asAdcode, asSourceId } from './ids';
import {
  FLAGS,
  MEASURES,
  MONEY_MEASURES,
  PRECISIONS,
  RANK_SCOPES,
  RATE_KINDS,
  type Measure,
} from './figure';
import { SERIES_FAMILIES, SOURCE_KINDS } from './source';
import {
  EXPOSURE_EDIT_BASES,
  EXPOSURE_EDIT_DIMENSIONS,
  type ExposureEdit,
  type UserLayer,
} from './user-layer';
import type { AcceptedValue, RevisionKind } from './revision-kind';

const finiteNumber = v.pipe(v.number(), v.finite());
export const adcodeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{6}$/, 'expected a 6-digit division code'),
  v.transform(asAdcode),
);
const sourceId = v.pipe(v.string(), v.transform(asSourceId));
const flag = v.nullable(v.picklist(FLAGS));
export const sha256Schema = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest'),
);

const derivationSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('sum') }),
  v.strictObject({
    kind: v.literal('usd'),
    usdValue: finiteNumber,
    rate: v.pipe(finiteNumber, v.minValue(0.01)),
    rateSourceId: sourceId,
    rateKind: v.picklist(RATE_KINDS),
    usdSum: v.boolean(),
  }),
]);

const alternateSchema = v.strictObject({
  value: v.nullable(finiteNumber),
  sourceId,
  period: v.string(),
  flag,
  note: v.string(),
  status: v.picklist(['agrees', 'lost', 'excluded']),
  derivation: v.optional(derivationSchema),
});

const cellSchema = v.strictObject({
  value: finiteNumber,
  sourceId,
  flag,
  precision: v.nullable(v.picklist(PRECISIONS)),
  note: v.string(),
  confirmedBy: v.array(sourceId),
  alternates: v.array(alternateSchema),
  derivation: v.optional(derivationSchema),
});

const cellsEntries = Object.fromEntries(MEASURES.map((m) => [m, v.optional(cellSchema)])) as {
  [K in Measure]: v.OptionalSchema<typeof cellSchema, undefined>;
};

const figureRecordSchema = v.strictObject({
  code: adcodeSchema,
  year: v.pipe(v.number(), v.integer()),
  period: v.pipe(v.string(), v.minLength(1)),
  cells: v.strictObject(cellsEntries),
  ranks: v.array(
    v.strictObject({
      scope: v.picklist(RANK_SCOPES),
      rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
      sourceId,
      flag,
      note: v.string(),
      alternates: v.array(alternateSchema),
    }),
  ),
  gaps: v.array(v.strictObject({ sourceId, flag, note: v.string() })),
  usd: v.optional(v.strictObject(cellsEntries)),
});

const sourceSchema = v.strictObject({
  id: sourceId,
  title: v.string(),
  publisher: v.string(),
  url: v.string(),
  publishedDate: v.string(),
  kind: v.picklist(SOURCE_KINDS),
  /** sha256 of an imported file (user imports only). */
  checksum: v.optional(sha256Schema),
  series: v.optional(v.picklist(SERIES_FAMILIES)),
});

/** A user-entered exposure share; the category is checked on use. */
export const savedExposureEditSchema = v.strictObject({
  code: adcodeSchema,
  dimension: v.picklist(EXPOSURE_EDIT_DIMENSIONS),
  basis: v.picklist(EXPOSURE_EDIT_BASES),
  category: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  pct: v.pipe(finiteNumber, v.minValue(0), v.maxValue(100)),
}) satisfies v.GenericSchema<unknown, ExposureEdit>;

export const userLayerSchema = v.strictObject({
  schemaVersion: v.literal(1),
  figures: v.array(figureRecordSchema),
  sources: v.array(sourceSchema),
  aliases: v.array(v.strictObject({ alias: v.string(), code: adcodeSchema })),
  // Optional, so revisions written before the scenario panel still read (and their checksums,
  // taken over the canonical JSON, are unchanged: an absent key is not serialised).
  exposureEdits: v.optional(v.array(savedExposureEditSchema)),
}) satisfies v.GenericSchema<unknown, UserLayer>;

const acceptedValueSchema = v.strictObject({
  row: v.pipe(v.number(), v.integer(), v.minValue(1)),
  code: adcodeSchema,
  metric: v.picklist(MONEY_MEASURES),
  value: finiteNumber,
}) satisfies v.GenericSchema<unknown, AcceptedValue>;

/** RevisionKind, checked when a revision is read back. */
export const revisionKindSchema = v.variant('type', [
  v.strictObject({ type: v.literal('bundled') }),
  v.strictObject({
    type: v.literal('import'),
    file: v.string(),
    accepted: v.array(acceptedValueSchema),
  }),
  v.strictObject({ type: v.literal('undo'), to: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('reset') }),
  v.strictObject({
    type: v.literal('exposure_shares'),
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ type: v.literal('other'), summary: v.string() }),
]) satisfies v.GenericSchema<unknown, RevisionKind>;
