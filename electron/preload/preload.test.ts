/**
 * The preload run against the stand-in of the `electron` module: it must expose exactly the
 * contract's methods under `window.atlas` and nothing of Electron itself, and turn an error
 * envelope into a thrown error the renderer can read.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_ACTION_CHANNEL, type MenuBridge } from '../../core/actions';
import { API_METHODS, channelOf } from '../../core/api';
import { BrowserWindow, fake, ipcMain, resetFakeElectron } from '../main/fake-electron';

vi.mock('electron', () => import('../main/fake-electron'));

// The preload runs once per renderer, at load: import it once and keep what it exposed.
beforeAll(async () => {
  resetFakeElectron();
  await import('./index');
});
beforeEach(() => {
  fake.ipcHandlers.clear();
  BrowserWindow.all = [];
});

const exposed = () =>
  fake.exposed.get('atlas') as Record<string, (...a: unknown[]) => Promise<unknown>>;

describe('preload', () => {
  it('exposes only window.atlas (one function per contract method) and window.atlasMenu', () => {
    expect([...fake.exposed.keys()]).toEqual(['atlas', 'atlasMenu']);
    expect(Object.keys(fake.exposed.get('atlasMenu') as object)).toEqual(['onAction']);
    expect(Object.keys(exposed()).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof exposed()[method]).toBe('function');
    // No generic invoke, send or ipcRenderer reaches the page.
    expect(exposed()).not.toHaveProperty('invoke');
    expect(exposed()).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its own channel with the arguments as one array', async () => {
    new BrowserWindow({});
    const seen: unknown[] = [];
    ipcMain.handle(channelOf('undoTo'), (_event: unknown, args: unknown) => {
      seen.push(args);
      return { ok: true, value: { id: 3 } };
    });
    await expect(exposed().undoTo!(2)).resolves.toEqual({ id: 3 });
    expect(seen).toEqual([[2]]);
  });

  it('delivers menu clicks of registry actions only', () => {
    const win = new BrowserWindow({});
    const seen: unknown[][] = [];
    (fake.exposed.get('atlasMenu') as MenuBridge).onAction((id, arg) => seen.push([id, arg]));
    win.webContents.send(MENU_ACTION_CHANNEL, 'view.palette');
    win.webContents.send(MENU_ACTION_CHANNEL, 'file.openRecent', '0123456789abcdef');
    win.webContents.send(MENU_ACTION_CHANNEL, 'deleteEverything');
    win.webContents.send(MENU_ACTION_CHANNEL, { id: 'view.palette' });
    expect(seen).toEqual([
      ['view.palette', undefined],
      ['file.openRecent', '0123456789abcdef'],
    ]);
  });

  it('throws the error an envelope carries, with its code in the name', async () => {
    new BrowserWindow({});
    ipcMain.handle(channelOf('listRevisions'), () => ({
      ok: false,
      error: { code: 'bad_arguments', message: 'listRevisions: invalid argument' },
    }));
    const error = await exposed().listRevisions!().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ApiError:bad_arguments');
    expect((error as Error).message).toBe('listRevisions: invalid argument');
  });
});
