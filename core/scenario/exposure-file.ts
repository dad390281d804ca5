/**
 * The shape of resources/data/exposure.json, written by scripts/build-exposure.ts. It carries
 * the resolved share rows as well as ready profiles for the default base year, so the app can
 * rebuild own profiles for any other base year with `profilesForYear` (a pure, sub-millisecond step).
 */
import type { Adcode } from '../model';
import { buildExposureProfiles } from './exposure';
import type { ShareCandidate } from './share-selection';
import type { AskUser, ExposureProfile } from './types';

/** 2: profiles hold each entity's own shares only; the proxy chain runs in the app. */
export const EXPOSURE_SCHEMA_VERSION = 2;

export interface ExposureFile {
  schemaVersion: number;
  /** Input files with their sha256. */
  builtFrom: string;
  /** Base year of `profiles` (the latest year with full-year figures). */
  defaultBaseYear: number;
  nationalCode: Adcode;
  /** Entities that have share rows or a question for the user (provinces and the nation too). */
  codes: Adcode[];
  askUser: AskUser[];
  candidates: ShareCandidate[];
  profiles: ExposureProfile[];
  /** What the build left out, with counts, for the record. */
  notes: string[];
}

/** Profiles for a base year: the stored ones for the default year, rebuilt otherwise. */
export function profilesForYear(file: ExposureFile, baseYear: number): ExposureProfile[] {
  if (baseYear === file.defaultBaseYear) return file.profiles;
  return buildExposureProfiles(
    { candidates: file.candidates, codes: file.codes, askUser: file.askUser },
    baseYear,
  );
}
