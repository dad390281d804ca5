import type { Entity } from './entity';
import type { ExchangeRate, FigureRecord } from './figure';
import type { Source } from './source';

export const DATASET_SCHEMA_VERSION = 2;

/** The bundled (or working) dataset, exactly as stored in resources/data/dataset.json. */
export interface Dataset {
  schemaVersion: number;
  /** What the file was built from, e.g. "shared/data figures.csv sha256:…". */
  builtFrom: string;
  unit: '亿元';
  sources: Source[];
  figures: FigureRecord[];
  /** Published CNY/USD rates by year, each with its source (empty where none was found). */
  rates: ExchangeRate[];
  /**
   * The date of the data: the latest publication date (YYYY-MM-DD or YYYY-MM) among the sources
   * the figures and rates cite; '' when none is dated. Not the build or install time.
   */
  dataAsOf: string;
}

/** Reference tables, stored in resources/reference/entities.json. */
export interface ReferenceTables {
  schemaVersion: number;
  builtFrom: string;
  entities: Entity[];
}
