// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RevisionInfo, WorkingData } from '../../core/api';
import { buildImportPreview, bytesSource } from '../../core/import';
import {
  pipelineOverrides,
  type ImportCommitResult,
  type ImportRequest,
} from '../../core/import-api';
import { synthCities } from '../../core/data';
import { useAtlasData } from './atlas-data';
import { useImportWizard } from './import-wizard';

// Served by a fake main process: its working data is `current`, and its previews run the real
// pipeline against it, as the main process does (here there is no Worker, so the store asks it).
let current: WorkingData;
const api = vi.hoisted(() => ({
  getWorkingData: vi.fn(async () => current),
  previewImport: vi.fn(async (request: ImportRequest) => {
    const bytes = Uint8Array.from(atob(request.file.base64), (c) => c.charCodeAt(0));
    const { preview } = await buildImportPreview(
      bytesSource(bytes),
      request.file.name,
      'sha',
      { overrides: pipelineOverrides(request.overrides), fixes: request.fixes, recipe: null },
      { entities: current.reference.entities, dataset: current.dataset },
    );
    return preview;
  }),
  listRevisions: vi.fn(async () => []),
  listTaughtAliases: vi.fn(async () => []),
  commitImport: vi.fn(),
}));
vi.mock('../api', () => ({ api }));

const HANGZHOU = '330100';
const revision = (id: number): RevisionInfo => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  summary: `r${id}`,
  fromFile: null,
  kind: { type: 'bundled' },
});
/** The working data at revision `id`, with 杭州's 2025 total or without one. */
function working(id: number, hangzhou: number | null): WorkingData {
  const world = synthCities({
    years: [2025],
    cities: [
      { code: '440300', zh: '深圳', en: 'Shenzhen', province: '440000', total: [45500] },
      { code: HANGZHOU, zh: '杭州', en: 'Hangzhou', province: '330000', total: [hangzhou] },
    ],
  });
  return { ...world, revision: revision(id), notices: [] };
}
const csv = (total: number) =>
  new File([`2025年各市进出口（单位：亿元）\r\n城市,进出口\r\n杭州市,${total}\r\n`], '杭州.csv', {
    type: 'text/csv',
  });
const existingOf = () =>
  useImportWizard().report?.figures.find((f) => f.code === HANGZHOU)?.existing;

async function reviewing(total: number) {
  await useAtlasData().load();
  const wizard = useImportWizard();
  await wizard.chooseFile(csv(total));
  return wizard;
}

describe('the import wizard store', () => {
  beforeEach(() => {
    // The pipeline runs on the main thread where there is no Worker, as here.
    vi.stubGlobal('Worker', undefined);
    setActivePinia(createPinia());
    api.commitImport.mockReset();
    current = working(1, 8200);
  });

  it('checks a file under review again when the data moves beside it', async () => {
    const wizard = await reviewing(8300);
    expect(existingOf()).toBe(8200);
    expect(wizard.rechecked).toBeNull();

    // An undo in the history: revision 2 has no figure for 杭州.
    current = working(2, null);
    await useAtlasData().load();
    await vi.waitFor(() => expect(existingOf()).toBeNull());
    expect(wizard.rechecked).toEqual({ from: 1, to: 2 });
  });

  it('names the revision it checked against, and on a refusal loads the data and checks again', async () => {
    const wizard = await reviewing(8300);
    // Another program (the CLI) moved the data to revision 2 behind the app's back.
    current = working(2, null);
    const refusal: ImportCommitResult = {
      status: 'blocked',
      blocker: { code: 'data_changed', checked: 1, current: 2 },
    };
    api.commitImport.mockResolvedValueOnce(refusal);
    await wizard.commit();
    const sent = api.commitImport.mock.calls[0]![0] as ImportRequest;
    expect(sent.checkedAgainst).toBe(1);
    expect(wizard.committed).toBeNull();
    await vi.waitFor(() => expect(existingOf()).toBeNull());
    expect(wizard.rechecked).toEqual({ from: 1, to: 2 });
    // The refusal spoke of the old preview; the new one stands on its own.
    expect(wizard.refused).toBeNull();

    api.commitImport.mockResolvedValueOnce({ status: 'committed', revision: revision(3) });
    await wizard.commit();
    expect((api.commitImport.mock.calls[1]![0] as ImportRequest).checkedAgainst).toBe(2);
    expect(wizard.committed?.id).toBe(3);
  });

  it('leaves a committed file alone when the data reloads after its own commit', async () => {
    const wizard = await reviewing(8300);
    api.commitImport.mockResolvedValueOnce({ status: 'committed', revision: revision(2) });
    current = working(2, 8300);
    await wizard.commit();
    expect(wizard.committed?.id).toBe(2);
    expect(wizard.rechecked).toBeNull();
    expect(existingOf()).toBe(8200);
  });
});
