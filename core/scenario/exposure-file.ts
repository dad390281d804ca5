/**
 * The shape of resources/data/exposure.json, written by scripts/build-exposure.ts. It carries
 * the resolved share rows as well as ready profiles for the default base year, so the app can
 * rebuild profiles for any other base year with `profilesForYear` (a pure, sub-millisecond step).
 */
import type { Adcode } from '../model';
import { buildExposureProfiles } from './exposure';
import type { ShareCandidate } from './share-selection';
import type { AskUser, ExposureProfile } from './types';

export const EXPOSURE_SCHEMA_VERSION = 1;

export interface ExposureFile {
  schemaVersion: number;
  /** Input files with their sha256. */
  builtFrom: string;
  /** Base year of `profiles` (the latest year with full-year figures). */
  defaultBaseYear: number;
  nationalCode: Adcode;
  /** Entities that have share rows, a proxy or a question for the user. */
  codes: Adcode[];
  provinceProxies: { code: Adcode; provinceCode: Adcode }[];
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
    {
      candidates: file.candidates,
      codes: file.codes,
      provinceProxies: file.provinceProxies,
      nationalCode: file.nationalCode,
      askUser: file.askUser,
    },
    baseYear,
  );
}
