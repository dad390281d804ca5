/**
 * Print and PDF through the real IPC binding, against the stand-in of the `electron` module:
 * the window's webContents prints or writes a PDF, the PDF goes to the file the save dialog
 * chose (atomically), exports and briefings are saved as bytes and text, and bad arguments are
 * refused before anything prints.
 */
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../core/api';
import { BRIEFING_FORMAT, BRIEFING_VERSION } from '../../core/briefing/briefing-file';
import { DEFAULT_PAGE_SETUP } from '../../core/print';
import { BrowserWindow, fake, resetFakeElectron } from './fake-electron';
import type { AppPaths } from './paths';

vi.mock('electron', () => import('./fake-electron'));
const paths = vi.hoisted(() => ({ current: null as AppPaths | null }));
vi.mock('./paths', () => ({
  appPaths: () => {
    if (!paths.current) throw new Error('test paths not set');
    return paths.current;
  },
}));
const { startApp } = await import('./app');

let root: string;
beforeEach(async () => {
  resetFakeElectron();
  root = await mkdtemp(join(tmpdir(), 'atlas-print-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>atlas</title>');
  await symlink(resolve('resources'), join(root, 'resources'));
  paths.current = {
    rendererDir,
    preloadFile: join(root, 'preload.cjs'),
    resourcesDir: resolve('resources'),
    dataDir: join(root, 'profile', 'atlas-data'),
    devRendererUrl: null,
  };
});

async function call(method: Parameters<typeof channelOf>[0], ...args: unknown[]) {
  const win = BrowserWindow.all[0]!;
  return fake.invoke(
    channelOf(method),
    win.webContents,
    'app://atlas/index.html',
    args,
  ) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  }>;
}
async function launched() {
  startApp();
  fake.emitReady();
  await vi.waitFor(() => expect(fake.ipcHandlers.size).toBeGreaterThan(0));
  return BrowserWindow.all[0]!;
}

describe('printing from the app window', () => {
  it('writes the PDF of the window to the file chosen in the save dialog', async () => {
    const win = await launched();
    const target = join(root, 'rankings.pdf');
    fake.saveDialogResults.push({ canceled: false, filePath: target });
    const reply = await call('printPage', {
      target: 'pdf',
      setup: { ...DEFAULT_PAGE_SETUP, paper: 'Letter', orientation: 'portrait' },
      suggestedName: 'rankings-2025.pdf',
    });
    expect(reply).toEqual({ ok: true, value: { status: 'saved', name: 'rankings.pdf' } });
    expect((await readFile(target, 'utf8')).startsWith('%PDF')).toBe(true);
    expect(win.webContents.printCalls[0]).toMatchObject({
      kind: 'pdf',
      pageSize: 'Letter',
      landscape: false,
      preferCSSPageSize: true,
      printBackground: true,
    });
  });

  it('sends the window to the print dialog, and a cancelled dialog is no error', async () => {
    const win = await launched();
    const request = { target: 'printer', setup: DEFAULT_PAGE_SETUP, suggestedName: 'x.pdf' };
    expect(await call('printPage', request)).toEqual({ ok: true, value: { status: 'printed' } });
    win.webContents.printOutcome = [false, 'cancelled'];
    expect(await call('printPage', request)).toEqual({ ok: true, value: { status: 'cancelled' } });
    win.webContents.printOutcome = [false, 'no printer'];
    expect(await call('printPage', request)).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(win.webContents.printCalls[0]).toMatchObject({ kind: 'print', landscape: true });
  });

  it('refuses a bad page setup or a name with folders before printing', async () => {
    const win = await launched();
    for (const bad of [
      { target: 'pdf', setup: { ...DEFAULT_PAGE_SETUP, scale: 500 }, suggestedName: 'a.pdf' },
      { target: 'pdf', setup: DEFAULT_PAGE_SETUP, suggestedName: '../a.pdf' },
      { target: 'fax', setup: DEFAULT_PAGE_SETUP, suggestedName: 'a.pdf' },
    ]) {
      expect(await call('printPage', bad)).toMatchObject({ error: { code: 'bad_arguments' } });
    }
    expect(win.webContents.printCalls).toEqual([]);
  });
});

describe('exports and briefings', () => {
  it('saves export bytes and a briefing (remembered as a recent file)', async () => {
    await launched();
    const png = join(root, 'chart.png');
    fake.saveDialogResults.push({ canceled: false, filePath: png });
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
    const reply = await call('saveExport', {
      suggestedName: 'chart.png',
      format: 'png',
      base64: bytes.toString('base64'),
    });
    expect(reply).toMatchObject({ ok: true, value: { status: 'saved', name: 'chart.png' } });
    expect(await readFile(png)).toEqual(bytes);

    const file = join(root, 'brief.briefing.json');
    fake.saveDialogResults.push({ canceled: false, filePath: file });
    const text = JSON.stringify({
      format: BRIEFING_FORMAT,
      version: BRIEFING_VERSION,
      title: 'Brief',
      author: '',
      createdAt: '2026-01-01',
      items: [],
    });
    expect(await call('saveBriefing', { suggestedName: 'brief', text })).toMatchObject({
      ok: true,
      value: { status: 'saved' },
    });
    expect(await readFile(file, 'utf8')).toBe(text);
    const recent = (await call('listRecentFiles')).value as { kind: string }[];
    expect(recent.map((r) => r.kind)).toEqual(['briefing']);
  });

  it('refuses to save a briefing that would not open again, and bytes that are not base64', async () => {
    await launched();
    expect(await call('saveBriefing', { suggestedName: 'b', text: '{}' })).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(
      await call('saveExport', { suggestedName: 'a.csv', format: 'csv', base64: '<script>' }),
    ).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });
});
