/**
 * Valibot schemas for what the store reads back from disk. The checksum catches damage; these
 * catch a file that is intact but not what this version of the app can use (hand edits, a bug
 * in an earlier version), before it reaches the merge code as `any`.
 */
import * as v from 'valibot';
import { revisionKindSchema, sha256Schema, userLayerSchema } from '../../../core/model';

// The layer's schema lives beside the model it is checked against (core/model/user-layer-schema).
export { userLayerSchema } from '../../../core/model';

export const fromFileSchema = v.nullable(
  v.strictObject({ name: v.string(), sha256: sha256Schema }),
);

export const revisionFileSchema = v.strictObject({
  schemaVersion: v.literal(1),
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  summary: v.string(),
  fromFile: fromFileSchema,
  kind: v.optional(revisionKindSchema),
  layer: userLayerSchema,
  checksum: sha256Schema,
});

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
