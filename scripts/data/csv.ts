/** CSV reading for the curated inputs, shared by every reader in this folder. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/**
 * Parses a CSV file with a header row into records that remember their line: the first physical
 * line of the record (header = line 1), as an editor shows it, even when a quoted field spans lines.
 */
export function readCsv(file: string): CsvRecord[] {
  const parsed = parse(readFileSync(file, 'utf8'), {
    columns: true,
    info: true,
    skip_empty_lines: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  let lastLine = 1;
  return parsed.map(({ record, info }) => {
    const line = lastLine + 1;
    lastLine = info.lines;
    return { line, fields: record };
  });
}
