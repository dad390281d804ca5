/**
 * What the desktop app remembers, run against the stand-in of the `electron` module: settings
 * through IPC into settings.json and back, the menu rebuilt in the saved language, the window's
 * size, position and maximised state across a restart (and back onto a screen), and the data
 * folder shown in the file manager.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../core/api';
import { DEFAULT_SETTINGS } from '../../core/app-api';
import { BrowserWindow, fake, resetFakeElectron } from './fake-electron';
import type { AppPaths } from './paths';

vi.mock('electron', () => import('./fake-electron'));
const paths = vi.hoisted(() => ({ current: null as AppPaths | null }));
vi.mock('./paths', () => ({ appPaths: () => paths.current! }));
const { startApp } = await import('./app');

async function makePaths(): Promise<AppPaths> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-state-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<title>atlas</title>');
  return {
    rendererDir: join(root, 'renderer'),
    preloadFile: join(root, 'preload.cjs'),
    resourcesDir: resolve('resources'),
    dataDir: join(root, 'profile', 'atlas-data'),
    devRendererUrl: null,
  };
}

/** Start (or restart) the app on the same profile; resolves with its window. */
async function launch(): Promise<BrowserWindow> {
  resetFakeElectron();
  startApp();
  fake.emitReady();
  await vi.waitFor(() =>
    expect(BrowserWindow.all.length + fake.errorBoxes.length).toBeGreaterThan(0),
  );
  expect(fake.errorBoxes).toEqual([]);
  return BrowserWindow.all[0]!;
}

const call = (win: BrowserWindow, method: string, ...args: unknown[]) =>
  fake.invoke(
    channelOf(method as never),
    win.webContents,
    'app://atlas/index.html',
    args,
  ) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  }>;

beforeEach(async () => {
  paths.current = await makePaths();
});

describe('settings', () => {
  it('round-trip through IPC and settings.json, and survive a restart', async () => {
    let win = await launch();
    const first = await call(win, 'getSettings');
    expect(first.value).toMatchObject({ settings: DEFAULT_SETTINGS, notice: null });
    const next = {
      ...DEFAULT_SETTINGS,
      locale: 'en',
      theme: 'dark',
      usdRate: 7.1,
      lastView: 'map',
    };
    expect((await call(win, 'saveSettings', next)).value).toEqual(next);
    const file = join(dirname(paths.current!.dataDir), 'settings.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(next);
    win = await launch();
    expect((await call(win, 'getSettings')).value).toMatchObject({ settings: next });
  });

  it('rebuild the menu in the saved language and set the native theme', async () => {
    const win = await launch();
    expect(fake.applicationMenu!.items.map((m) => m.label)).toContain('文件');
    await call(win, 'saveSettings', { ...DEFAULT_SETTINGS, locale: 'en', theme: 'dark' });
    await vi.waitFor(() =>
      expect(fake.applicationMenu!.items.map((m) => m.label)).toContain('File'),
    );
    const { nativeTheme } = await import('./fake-electron');
    expect(nativeTheme.themeSource).toBe('dark');
  });

  it('refuse invalid settings as data, not by throwing', async () => {
    const win = await launch();
    const reply = await call(win, 'saveSettings', { ...DEFAULT_SETTINGS, usdRate: -3 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    const junk = await call(win, 'saveSettings', {
      ...DEFAULT_SETTINGS,
      __proto__: { x: 1 },
      extra: 1,
    });
    expect(junk).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });

  it('fall back to the defaults with a notice when settings.json is damaged', async () => {
    const file = join(dirname(paths.current!.dataDir), 'settings.json');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, '{"version":1,"locale":');
    const win = await launch();
    const state = (await call(win, 'getSettings')).value as { settings: unknown; notice: string };
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.notice).toMatch(/damaged; the defaults are in effect/);
  });
});

describe('window state', () => {
  it('restores size, position and maximised state after a restart', async () => {
    let win = await launch();
    win.setBounds({ x: 300, y: 200, width: 1100, height: 760 });
    win.maximize();
    win.close();
    const file = join(dirname(paths.current!.dataDir), 'window-state.json');
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(file, 'utf8')).maximized).toBe(true),
    );
    win = await launch();
    expect(win.options).toMatchObject({ x: 300, y: 200, width: 1100, height: 760 });
    win.emit('ready-to-show');
    expect(win.isMaximized()).toBe(true);
  });

  it('moves a window saved on a monitor that is gone back onto the screen', async () => {
    const file = join(dirname(paths.current!.dataDir), 'window-state.json');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(
      file,
      JSON.stringify({ bounds: { x: 3000, y: 100, width: 1200, height: 800 }, maximized: false }),
    );
    const win = await launch();
    expect(win.options).toMatchObject({ x: 360, y: 140, width: 1200, height: 800 });
  });
});

describe('the data folder', () => {
  it('is shown in the file manager on request', async () => {
    const win = await launch();
    expect((await call(win, 'showDataFolder')).value).toEqual({ status: 'shown' });
    expect(fake.shellCalls).toEqual([['openPath', paths.current!.dataDir]]);
  });
});

describe('About', () => {
  it('gives the versions, the bundled data date and the licences', async () => {
    const win = await launch();
    const about = (await call(win, 'getAbout')).value as Record<string, string>;
    expect(about.appVersion).toBe('0.1.0');
    expect(about.bundledDataDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(about.notice).toContain('Noto Sans SC');
  });
});
