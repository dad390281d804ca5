/**
 * electron/main run against the stand-in of the `electron` module (no binary needed): what the
 * app asks of Electron at start-up, and how it behaves when things go wrong.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../core/api';
import {
  BrowserWindow,
  fake,
  FakeWebContents,
  resetFakeElectron,
  startSecondProcess,
} from './fake-electron';
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

async function makePaths(): Promise<AppPaths> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-main-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>atlas</title>');
  await writeFile(join(rendererDir, 'assets', 'main.js'), 'export {}');
  await writeFile(join(root, 'secret.txt'), 'outside');
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.js'));
  return {
    rendererDir,
    preloadFile: join(root, 'preload', 'index.cjs'),
    resourcesDir: resolve('resources'),
    dataDir: join(root, 'profile', 'atlas-data'),
    devRendererUrl: null,
  };
}

/** Start the app and wait until it shows a window or an error box. */
async function launched(): Promise<BrowserWindow | null> {
  startApp();
  fake.emitReady();
  await vi.waitFor(() =>
    expect(BrowserWindow.all.length + fake.errorBoxes.length).toBeGreaterThan(0),
  );
  return BrowserWindow.all[0] ?? null;
}

beforeEach(async () => {
  resetFakeElectron();
  paths.current = await makePaths();
});

describe('start-up', () => {
  it('opens one locked-down window on app://atlas', async () => {
    const win = (await launched())!;
    expect(fake.errorBoxes).toEqual([]);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    // Isolated, sandboxed and web-secure; no Node in the page or its workers, no mixed content.
    for (const on of ['contextIsolation', 'sandbox', 'webSecurity']) expect(prefs[on]).toBe(true);
    for (const off of [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'allowRunningInsecureContent',
    ]) {
      expect(prefs[off]).toBe(false);
    }
    expect(prefs.preload).toBe(paths.current!.preloadFile);
    expect(win.webContents.getURL()).toBe('app://atlas/index.html');
    // The page, not the window with its frame, is at least the layout's 960 × 640.
    const { width, height } = BrowserWindow.FRAME;
    expect(win.minimumSize).toEqual([960 + width, 640 + height]);
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('a failing createHandlers shows a dialog with the reason and the data folder (was an unhandled rejection and no window)', async () => {
    await mkdir(paths.current!.dataDir, { recursive: true });
    await writeFile(join(paths.current!.dataDir, 'revisions'), 'a file, not a folder');
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      expect(await launched()).toBeNull();
      expect(fake.errorBoxes).toHaveLength(1);
      const [box] = fake.errorBoxes;
      expect(box!.title).toBe('City Trade Atlas could not start');
      expect(box!.content).toContain('is a file where a folder is expected');
      expect(box!.content).toContain(`Data folder: ${paths.current!.dataDir}`);
      expect(fake.exitCode).toBe(1);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('a second instance quits and focuses the first window', async () => {
    const win = (await launched())!;
    win.minimized = true;
    const second = startSecondProcess();
    expect(second.requestSingleInstanceLock()).toBe(false);
    const { app } = await import('./fake-electron');
    app.emit('second-instance');
    expect(win.isMinimized()).toBe(false);
  });
});

describe('renderer crashes', () => {
  it('reload the window with a notice (there was no render-process-gone handler)', async () => {
    const win = (await launched())!;
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 133 });
    expect(win.webContents.getURL()).toBe('app://atlas/index.html?recovered=oom');
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(fake.errorBoxes).toEqual([]);
  });

  it('stop reloading and say so when the renderer keeps dying', async () => {
    const win = (await launched())!;
    for (let i = 0; i < 4; i++)
      win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]!.content).toContain('4 times in a minute');
  });
});

describe('IPC', () => {
  const channel = channelOf('listRevisions');

  it('answers the app window', async () => {
    const win = (await launched())!;
    const reply = await fake.invoke(channel, win.webContents, 'app://atlas/index.html', []);
    expect(reply).toMatchObject({ ok: true, value: [{ id: 0 }] });
  });

  it.each([
    'app://atlas.evil/index.html',
    'app://evil/index.html',
    'app://atlas:8080/',
    'https://atlas/',
    'file:///index.html',
    '',
  ])('refuses a frame at %s (the frame check accepted any app:// host)', async (url) => {
    const win = (await launched())!;
    const reply = await fake.invoke(channel, win.webContents, url, []);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Sender is not the app window' },
    });
  });

  it('refuses another webContents, even on the app origin', async () => {
    await launched();
    const reply = await fake.invoke(channel, new FakeWebContents(), 'app://atlas/index.html', []);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('returns validation errors as data instead of throwing', async () => {
    const win = (await launched())!;
    const reply = await fake.invoke(channelOf('undoTo'), win.webContents, 'app://atlas/', ['1']);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    const none = await fake.invoke(channel, win.webContents, 'app://atlas/', 'not an array');
    expect(none).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });
});

describe('the app:// protocol', () => {
  it('serves the build with explicit MIME types', async () => {
    await launched();
    const index = await fake.request('app://atlas/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = await fake.request('app://atlas/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://atlas/../secret.txt',
    'app://atlas/%2e%2e/secret.txt',
    'app://atlas/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://atlas/%2Fetc%2Fpasswd',
    'app://atlas/assets/link.js',
    'app://atlas/%E0%A4%A',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    await launched();
    const reply = await fake.request(url);
    expect(reply.status).toBe(404);
    expect(await reply.text()).not.toContain('outside');
  });
});

describe('npm run dev', () => {
  it('takes the dev server only unpackaged and only on loopback', async () => {
    const { devRendererUrl } = await vi.importActual<typeof import('./paths')>('./paths');
    const env = (url: string) => ({ ELECTRON_RENDERER_URL: url });
    expect(devRendererUrl(false, env('http://localhost:5173'))).toBe('http://localhost:5173');
    expect(devRendererUrl(true, env('http://localhost:5173'))).toBeNull();
    expect(devRendererUrl(false, env('http://evil.example:5173'))).toBeNull();
    expect(devRendererUrl(false, env('file:///tmp/index.html'))).toBeNull();
    expect(devRendererUrl(false, {})).toBeNull();
  });

  it('loads the dev server and answers its frames, and nothing else', async () => {
    paths.current = { ...paths.current!, devRendererUrl: 'http://localhost:5173' };
    const win = (await launched())!;
    expect(win.webContents.getURL()).toBe('http://localhost:5173/');
    const channel = channelOf('listRevisions');
    expect(await fake.invoke(channel, win.webContents, 'http://localhost:5173/', [])).toMatchObject(
      { ok: true },
    );
    expect(await fake.invoke(channel, win.webContents, 'http://localhost:5174/', [])).toMatchObject(
      { ok: false },
    );
    let answer: { cancel: boolean } | null = null;
    fake.beforeRequest!({ url: 'ws://localhost:5173/' }, (r) => (answer = r));
    expect(answer).toEqual({ cancel: false });
    fake.beforeRequest!({ url: 'http://127.0.0.1:9999/' }, (r) => (answer = r));
    expect(answer).toEqual({ cancel: true });
  });
});
