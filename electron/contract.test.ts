import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, argSchemas, type HandlerTable } from '../core/api';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

let dataDir: string;
let table: HandlerTable;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'atlas-contract-'));
  table = await createHandlers({ resourcesDir: join(process.cwd(), 'resources'), dataDir });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('the contract', () => {
  it('has a handler and a validator for every channel, and nothing extra', () => {
    expect(Object.keys(table).sort()).toEqual([...API_METHODS].sort());
    expect(Object.keys(argSchemas).sort()).toEqual([...API_METHODS].sort());
    for (const m of API_METHODS) {
      expect(typeof table[m], m).toBe('function');
      expect(argSchemas[m], m).toBeDefined();
    }
  });

  it('rejects unknown methods and bad arguments before a handler runs', async () => {
    const dispatch = createDispatch(table);
    await expect(dispatch('deleteEverything', [])).rejects.toMatchObject({
      code: 'unknown_method',
    });
    await expect(dispatch('toString', [])).rejects.toMatchObject({ code: 'unknown_method' });
    await expect(dispatch('getWorkingData', ['extra'])).rejects.toMatchObject({
      code: 'bad_arguments',
    });
    await expect(dispatch('getWorkingData', 'not-an-array')).rejects.toMatchObject({
      code: 'bad_arguments',
    });
  });

  it('serves the working data through the dispatcher', async () => {
    const dispatch = createDispatch(table);
    const data = (await dispatch('getWorkingData', [])) as { revision: { id: number } };
    expect(data.revision.id).toBe(0);
  });
});
