/**
 * The import handlers end to end on real temp folders and the real bundled data: preview, commit,
 * revisions, undo, and that a refused import leaves the store exactly as it was.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportCommitResult, ImportPreview, ImportRequest } from '../../../core/import-api';
import { SYNTH_CITIES } from '../../../core/import';
import { asAdcode } from '../../../core/model';
import { createDispatch } from '../../dispatch';
import { createHandlers } from '../../handlers';
import { openStore, makeTempDir } from '../store';
import { IMPORT_CASES } from './bad-inputs.import-cases';
import { READ_CASES } from './bad-inputs.read-cases';
import { createImportService } from './import-service';
import { encodeText, synthCustomsCsv } from './synth-files';

const resourcesDir = resolve(import.meta.dirname, '../../../resources');
const SHENZHEN = '440300';
const XIAN = '610100';

/** The synth customs table with Xi'an printed in the wrong unit (498.79 for 4,987.9). */
function slippedCsv(edit: (rows: string[][]) => string[][] = (r) => r): Uint8Array {
  const cities = SYNTH_CITIES.map((c) =>
    c.zh === '西安' ? { ...c, exports: 300.0, imports: 198.79 } : c,
  );
  return synthCustomsCsv({ cities, encoding: 'utf-8', edit });
}

const requestFor = (bytes: Uint8Array, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  file: { name: '2025-customs.csv', base64: Buffer.from(bytes).toString('base64') },
  overrides: {},
  fixes: [],
  recipe: null,
  ...extra,
});

async function revisionFiles(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'revisions'))).sort();
}

describe('import handlers', () => {
  let dataDir: string;
  let call: (method: string, ...args: unknown[]) => Promise<unknown>;
  beforeEach(async () => {
    dataDir = await makeTempDir('atlas-import-');
    const dispatch = createDispatch(await createHandlers({ resourcesDir, dataDir }));
    call = (method, ...args) => dispatch(method, args);
  });
  const totalOf = async (code: string, year = 2025): Promise<number | undefined> => {
    const working = (await call('getWorkingData')) as {
      dataset: {
        figures: {
          code: string;
          year: number;
          period: string;
          cells: { total?: { value: number } };
        }[];
      };
    };
    return working.dataset.figures.find(
      (r) => r.code === code && r.year === year && r.period === 'full_year',
    )?.cells.total?.value;
  };

  it('previews without storing, commits with the accepted fixes, and undoes', async () => {
    const request = requestFor(slippedCsv());
    const preview = (await call('previewImport', request)) as ImportPreview;
    // A suspected slip stands in the way until it is fixed or kept as printed.
    expect(preview.blocker).toMatchObject({ code: 'slips_open' });
    expect(preview.file).toMatchObject({ name: '2025-customs.csv', kind: 'csv' });
    expect(preview.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const slips = preview.report!.problems.filter((p) => p.code === 'unit_slip');
    const slip = slips.find(
      (p) => p.fix?.kind === 'scale' && p.fix.code === XIAN && p.fix.metric === 'total',
    )!;
    expect(slip.fix).toMatchObject({ from: 498.79, to: 4987.9 });
    expect(await call('listRevisions')).toHaveLength(1);

    const bundledShenzhen = await totalOf(SHENZHEN);
    const fixes = slips
      .filter((p) => p.fix?.kind === 'scale' && p.fix.code === XIAN)
      .map((p) => p.fix!);
    const committed = (await call('commitImport', { ...request, fixes })) as ImportCommitResult;
    expect(committed).toMatchObject({
      status: 'committed',
      revision: {
        id: 1,
        summary: 'Import 2025-customs.csv',
        fromFile: '2025-customs.csv',
        kind: { type: 'import', file: '2025-customs.csv', accepted: [] },
      },
    });
    expect(await totalOf(XIAN)).toBe(4987.9);
    expect(await totalOf(SHENZHEN)).toBe(45000.5);
    const store = await openStore(dataDir, resourcesDir, { readOnly: true });
    const source = store.current().layer.sources[0]!;
    expect(source).toMatchObject({
      kind: 'user_import',
      title: '2025-customs.csv',
      publisher: '2025-customs.csv',
    });
    expect(source.checksum).toBe(preview.file.sha256);

    const undone = (await call('undoTo', 0)) as { id: number; summary: string };
    expect(undone).toMatchObject({ id: 2, kind: { type: 'undo', to: 0 } });
    expect(await totalOf(SHENZHEN)).toBe(bundledShenzhen);
    const history = (await call('listRevisions')) as { id: number }[];
    expect(history.map((r) => r.id)).toEqual([2, 1, 0]);
    await call('undoTo', 1);
    expect(await totalOf(SHENZHEN)).toBe(45000.5);
    expect(await call('resetToBundled')).toMatchObject({ id: 4, kind: { type: 'reset' } });
    expect(await totalOf(SHENZHEN)).toBe(bundledShenzhen);
    expect(await revisionFiles(dataDir)).toHaveLength(4);
  });

  it('refuses a commit checked against data that has moved since, storing nothing', async () => {
    const request = requestFor(synthCustomsCsv({ cities: SYNTH_CITIES, encoding: 'utf-8' }));
    const first = (await call('commitImport', request)) as ImportCommitResult;
    expect(first).toMatchObject({ status: 'committed', revision: { id: 1 } });
    // Reviewed against revision 1; then the history undoes to the bundled data (revision 2).
    await call('undoTo', 0);
    const files = await revisionFiles(dataDir);
    const stale = await call('commitImport', { ...request, checkedAgainst: 1 });
    expect(stale).toEqual({
      status: 'blocked',
      blocker: { code: 'data_changed', checked: 1, current: 2 },
    });
    expect(await revisionFiles(dataDir)).toEqual(files);
    expect(await call('commitImport', { ...request, checkedAgainst: 2 })).toMatchObject({
      status: 'committed',
      revision: { id: 3 },
    });
  });

  it('remembers a taught alias and uses it in later imports', async () => {
    const renamed = slippedCsv((rows) =>
      rows.map((r) => r.map((c) => (c === '深圳市' ? '鹏城' : c))),
    );
    const untaught = (await call('previewImport', requestFor(renamed))) as {
      report: { problems: { code: string; fix?: unknown; unplaced?: { printed: string } }[] };
    };
    const unresolved = untaught.report.problems.find((p) => p.code === 'unresolved_name')!;
    expect(unresolved.unplaced!.printed).toBe('鹏城');

    const aliases = [{ alias: '鹏城', code: asAdcode(SHENZHEN) }];
    const accepts = untaught.report.problems
      .filter((p) => p.code === 'unit_slip')
      .map((p) => {
        const f = (p as { fix: { row: number; code: string; metric: string; from: number } }).fix;
        return { kind: 'accept', row: f.row, code: f.code, metric: f.metric, value: f.from };
      });
    const stored = (await call(
      'commitImport',
      requestFor(renamed, { overrides: { aliases }, fixes: accepts as never }),
    )) as ImportCommitResult;
    expect(stored.status).toBe('committed');
    // Values kept as printed are recorded in the revision.
    expect(stored.status === 'committed' && stored.revision.kind).toMatchObject({
      type: 'import',
      accepted: accepts.map(({ row, code, metric, value }) => ({ row, code, metric, value })),
    });
    expect(await call('listTaughtAliases')).toEqual(aliases);
    const later = (await call('previewImport', requestFor(renamed))) as {
      report: { figures: { code: string }[]; problems: { code: string }[] };
    };
    expect(later.report.problems.some((p) => p.code === 'unresolved_name')).toBe(false);
    expect(later.report.figures.some((f) => f.code === SHENZHEN)).toBe(true);
  });

  it('refuses a commit with errors, a fix it did not offer, or bad arguments, storing nothing', async () => {
    const negative = slippedCsv((rows) =>
      rows.map((r) => (r[0] === '广州市' ? [r[0]!, '-5', ...r.slice(2)] : r)),
    );
    expect(await call('commitImport', requestFor(negative))).toMatchObject({
      status: 'blocked',
      blocker: { code: 'errors_remain' },
    });
    const madeUp = {
      kind: 'scale',
      row: 4,
      code: SHENZHEN,
      metric: 'total',
      factor: 1000,
      from: 45000.5,
      to: 45000500,
    };
    expect(
      await call('commitImport', requestFor(slippedCsv(), { fixes: [madeUp as never] })),
    ).toMatchObject({ status: 'blocked', blocker: { code: 'stale_fixes', rows: [4] } });
    const bad = [
      { ...requestFor(slippedCsv()), file: { name: '../evil.csv', base64: 'AAAA' } },
      { ...requestFor(slippedCsv()), file: { name: 'a.csv', base64: 'not base64!' } },
      { ...requestFor(slippedCsv()), overrides: { year: 'x' } },
      { ...requestFor(slippedCsv()), overrides: { map: { C: 'bogus' } } },
      { ...requestFor(slippedCsv()), layer: { figures: [] } },
      { ...requestFor(slippedCsv()), checkedAgainst: -1 },
    ];
    for (const request of bad) {
      await expect(call('commitImport', request)).rejects.toMatchObject({ code: 'bad_arguments' });
    }
    await expect(call('undoTo', 99)).rejects.toThrow(/no revision 99/);
    expect(await call('listRevisions')).toHaveLength(1);
    expect(await revisionFiles(dataDir)).toEqual([]);
  });

  it('answers unavailable for recipe dialogs without a host, and refuses invalid recipes', async () => {
    expect(await call('loadRecipe')).toEqual({ status: 'unavailable' });
    await expect(call('saveRecipe', { suggestedName: 'r.json', text: '{"x":1}' })).rejects.toThrow(
      /not a valid import recipe/,
    );
  });
});

describe('bad-input catalogue: a refused import changes nothing', () => {
  const names = [
    'legacy .xls',
    'truncated xlsx',
    'zip bomb (compression ratio)',
    'zip bomb (total size)',
    'no unit anywhere',
    'all rows unresolved',
    'duplicated city with different values',
    'negative trade value',
  ];
  const cases = [...READ_CASES, ...IMPORT_CASES].filter((c) => names.includes(c.name));

  it('has every case it names', () =>
    expect(cases.map((c) => c.name).sort()).toEqual([...names].sort()));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dataDir = await makeTempDir('atlas-import-bad-');
    const store = await openStore(dataDir, resourcesDir);
    const made = await c.make(dataDir);
    const service = createImportService(store, { limits: made.limits ?? {} });
    const bytes = typeof made.bytes === 'string' ? encodeText(made.bytes, 'utf-8') : made.bytes!;
    const request: ImportRequest = {
      file: { name: made.name, base64: Buffer.from(bytes).toString('base64') },
      overrides: { ...made.overrides, ...(made.sheetName ? { sheet: made.sheetName } : {}) },
      fixes: [],
      recipe: null,
    };
    expect(await service.commit(request)).toMatchObject({ status: 'blocked' });
    expect(store.listRevisions()).toHaveLength(1);
    expect(await revisionFiles(dataDir)).toEqual([]);
  });
});
