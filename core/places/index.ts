/**
 * Places by name: the one resolver of printed names and codes to entities (level-aware, for
 * imports, the CLI, the scenario panel's CSV and search) and the text folding it compares with.
 */
export {
  cleanName,
  createNameResolver,
  editDistance,
  entityNameKeys,
  latinKey,
  nameKey,
  type MatchVia,
  type NameResolver,
  type Resolution,
  type TaughtAlias,
} from './resolve-place';
export { findPlace, type PlaceLookup } from './find-place';
export { normaliseLabel, tidyText, toHalfWidth } from './text';
