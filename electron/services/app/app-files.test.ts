import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/app-api';
import { createRecentFiles } from './recent-files';
import { readSettings, writeSettings } from './settings-file';

const temp = () => mkdtemp(join(tmpdir(), 'atlas-app-files-'));

describe('settings file', () => {
  it('keeps the good fields of a file with one bad value, and says which', async () => {
    const dir = await temp();
    const file = join(dir, 'settings.json');
    await writeFile(
      file,
      JSON.stringify({ ...DEFAULT_SETTINGS, locale: 'en', usdRate: 'lots', colour: 'red' }),
    );
    const { settings, notice } = await readSettings(file);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' });
    expect(notice).toContain('usdRate, colour');
  });

  it('keeps a damaged or newer file aside and uses the defaults', async () => {
    const dir = await temp();
    const file = join(dir, 'settings.json');
    await writeFile(file, '{"version":2,"locale":"en"}');
    const now = new Date('2026-01-02T03:04:05.678Z');
    const newer = await readSettings(file, now);
    expect(newer.settings).toEqual(DEFAULT_SETTINGS);
    expect(newer.notice).toContain('newer version of the app (version 2)');
    expect(await readdir(dir)).toEqual(['settings.json.damaged-2026-01-02T03-04-05-678Z']);
  });

  it('writes atomically and reads back what it wrote', async () => {
    const dir = await temp();
    const file = join(dir, 'settings.json');
    const next = { ...DEFAULT_SETTINGS, theme: 'dark' as const, defaultYear: 2024 };
    await writeSettings(file, next);
    expect(await readSettings(file)).toEqual({ settings: next, notice: null });
    expect(await readdir(dir)).toEqual(['settings.json']);
    await expect(
      writeSettings(file, { ...next, defaultLevel: 'county' as never }),
    ).rejects.toThrow();
  });
});

describe('recent files', () => {
  it('lists newest first without duplicates, keeps ten, and reopens by path or kept text', async () => {
    const dir = await temp();
    const recent = createRecentFiles(join(dir, 'recent.json'));
    const scenario = join(dir, 'tariffs.scenario.json');
    await writeFile(scenario, '{"a":1}');
    await recent.note({ kind: 'scenario', name: 'x', path: scenario });
    await recent.note({ kind: 'recipe', name: 'upload.recipe.json', text: '{"r":1}' });
    await recent.note({ kind: 'scenario', name: 'x', path: scenario });
    const list = await recent.list();
    expect(list.map((f) => [f.kind, f.name])).toEqual([
      ['scenario', 'tariffs.scenario.json'],
      ['recipe', 'upload.recipe.json'],
    ]);
    expect(list[0]).not.toHaveProperty('path');
    expect(await recent.open(list[0]!.id)).toEqual({
      status: 'opened',
      kind: 'scenario',
      name: 'tariffs.scenario.json',
      text: '{"a":1}',
    });
    expect(await recent.open(list[1]!.id)).toMatchObject({ status: 'opened', text: '{"r":1}' });
    await rm(scenario);
    expect(await recent.open(list[0]!.id)).toMatchObject({
      status: 'missing',
      reason: expect.stringContaining('no longer there'),
    });
    for (let i = 0; i < 12; i++)
      await recent.note({ kind: 'recipe', name: `r${i}.json`, text: String(i) });
    expect(await recent.list()).toHaveLength(10);
  });
});
