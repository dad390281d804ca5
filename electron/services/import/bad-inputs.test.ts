/**
 * Catalogue of bad inputs. Each entry names a way real files go wrong and asserts what the
 * analyst is told: which stage stops it, the problem code, and a message that names the file
 * (and row and column where one applies).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { problemMessage, runImport, synthDataset, synthEntities } from '../../../core/import';
import { IMPORT_CASES } from './bad-inputs.import-cases';
import { READ_CASES } from './bad-inputs.read-cases';
import { readImportFile } from './read-file';
import { encodeText, inputOf, tempFolder, writeFixture } from './synth-files';

const CASES = [...READ_CASES, ...IMPORT_CASES];

describe('bad-input catalogue', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempFolder('cta-bad-inputs-');
  });

  it('has at least 25 named cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const made = await c.make(dir);
    const path =
      made.path ??
      (await writeFixture(
        dir,
        made.name,
        typeof made.bytes === 'string' ? encodeText(made.bytes, 'utf-8') : made.bytes!,
      ));
    const read = await readImportFile(path, made.limits);
    if (c.stage === 'read') {
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.error.code).toBe(c.code);
      const message = problemMessage(read.error, 'en', made.name, 'cli');
      for (const s of c.says) expect(message).toMatch(s);
      expect(message.startsWith(`${made.name}: `)).toBe(true);
      expect(problemMessage(read.error, 'zh-CN', made.name)).toMatch(/[\u4e00-\u9fff]/);
      return;
    }
    if (!read.ok) throw new Error(`expected the reader to accept ${made.name}: ${read.error.code}`);
    const input = inputOf(read.value);
    const report = await runImport(
      { ...input, sheetName: made.sheetName, overrides: made.overrides },
      { entities: synthEntities(), dataset: synthDataset() },
    );
    const problem = report.problems.find((p) => p.code === c.code);
    expect(
      problem,
      `no ${c.code} in ${JSON.stringify(report.problems.map((p) => p.code))}`,
    ).toBeDefined();
    const message = problemMessage(problem!, 'en', made.name, 'cli');
    expect(message.startsWith(made.name)).toBe(true);
    for (const s of c.says)
      expect(message).toMatch(
        s instanceof RegExp ? s : new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    if (c.row !== undefined) expect(problem!.row).toBe(c.row);
    if (c.column !== undefined) expect(problem!.column).toBe(c.column);
    if (c.stillImports !== undefined) expect(report.figures.length > 0).toBe(c.stillImports);
    c.check?.(report);
  });
});
