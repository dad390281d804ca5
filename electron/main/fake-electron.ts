/**
 * A stand-in for the `electron` module, for unit tests of electron/main and electron/preload on
 * machines without the Electron binary. It keeps the rules of the real API that the app relies
 * on, so a test fails where Electron would: schemes registered only before `ready`, protocol
 * handlers only after; one `ipcMain.handle` per channel; the single-instance lock held per
 * userData folder across "processes" (fake apps); windows and their webContents as event emitters.
 *
 * Use: `vi.mock('electron', () => import('./fake-electron'))`, then `resetFakeElectron()` before
 * each test and drive it through `fake` (emit ready, invoke IPC, request app:// URLs).
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

type Handler = (...args: never[]) => unknown;
const rendererListeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();

/** Everything the app asked of Electron, for assertions. */
export const fake = {
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  ipcHandlers: new Map<string, Handler>(),
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as Record<string, unknown>[],
  applicationMenu: null as FakeMenu | null,
  shellCalls: [] as [string, string][],
  exposed: new Map<string, unknown>(),
  /** userData folders whose single-instance lock some fake app holds. */
  instanceLocks: new Set<string>(),
  exitCode: null as number | null,
  quitCalled: false,
  openDialogResults: [] as { canceled: boolean; filePaths: string[] }[],
  saveDialogResults: [] as { canceled: boolean; filePath?: string }[],
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as FakeDisplay[],
  permissionRequestHandler: null as Handler | null,
  permissionCheckHandler: null as Handler | null,
  beforeRequest: null as
    ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null,

  /** Electron's `ready`: resolves whenReady() and allows protocol.handle. */
  emitReady(): void {
    app.ready = true;
    app.emit('ready');
  },

  /** Call an IPC channel as a renderer frame at `frameUrl` inside `sender` would. */
  async invoke(channel: string, sender: FakeWebContents, frameUrl: string, args: unknown) {
    const handler = fake.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { sender, senderFrame: { url: frameUrl }, processId: 1, frameId: 1 };
    return (handler as (e: unknown, a: unknown) => unknown)(event, args);
  },

  /** Fetch an app:// URL through the registered protocol handler. */
  async request(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.replace(':', '');
    const handler = fake.protocolHandlers.get(scheme);
    if (!handler) throw new Error(`No protocol handler for ${scheme}`);
    return handler(new Request(url));
  },
};

export interface FakeDisplay {
  id: number;
  workArea: { x: number; y: number; width: number; height: number };
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  url = '';
  destroyed = false;
  windowOpenHandler: Handler | null = null;
  zoomLevel = 0;
  readonly sent: [string, unknown[]][] = [];
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
  reload(): void {
    this.emit('reload');
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  /** Also delivered to the preload's ipcRenderer.on listeners, as to the window's renderer. */
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, args]);
    for (const listener of rendererListeners.get(channel) ?? []) listener({}, ...args);
  }
  getZoomLevel(): number {
    return this.zoomLevel;
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  toggleDevTools(): void {}
  /** What print() and printToPDF() were asked, and how the print dialog ends. */
  readonly printCalls: Record<string, unknown>[] = [];
  printOutcome: [success: boolean, reason: string] = [true, ''];
  print(options: Record<string, unknown>, callback: (success: boolean, reason: string) => void) {
    this.printCalls.push({ kind: 'print', ...options });
    callback(...this.printOutcome);
  }
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printCalls.push({ kind: 'pdf', ...options });
    return Buffer.from('%PDF-1.7\n% stand-in\n');
  }
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  static fromWebContents(wc: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.all.find((w) => w.webContents === wc) ?? null;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }

  readonly webContents = new FakeWebContents();
  bounds: Bounds;
  maximized = false;
  minimized = false;
  fullScreen = false;
  visible = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> & Partial<Bounds>) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    BrowserWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  /** A frame and title bar of Windows' size: the page is this much smaller than the window. */
  static readonly FRAME = { width: 16, height: 39 };
  minimumSize: [number, number] = [0, 0];
  getSize(): [number, number] {
    return [this.bounds.width, this.bounds.height];
  }
  getContentSize(): [number, number] {
    const { width, height } = BrowserWindow.FRAME;
    return [this.bounds.width - width, this.bounds.height - height];
  }
  setMinimumSize(width: number, height: number): void {
    this.minimumSize = [width, height];
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  ready = false;
  isPackaged = false;
  name = 'City Trade Atlas';
  private paths = new Map<string, string>([
    ['userData', '/nonexistent/City Trade Atlas'],
    ['appData', '/nonexistent'],
  ]);
  private holdsLock = false;

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.once('ready', resolve));
  }
  isReady(): boolean {
    return this.ready;
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return this.name;
  }
  getLocale(): string {
    return 'en-US';
  }
  /** Like Electron's: per userData folder, released when this app quits. */
  requestSingleInstanceLock(): boolean {
    const key = this.getPath('userData');
    if (fake.instanceLocks.has(key) && !this.holdsLock) return false;
    fake.instanceLocks.add(key);
    this.holdsLock = true;
    return true;
  }
  quit(): void {
    fake.quitCalled = true;
    this.emit('before-quit');
    this.releaseLock();
  }
  exit(code = 0): void {
    fake.exitCode = code;
    this.releaseLock();
  }
  /** Back to a process that has just started. */
  reset(): void {
    this.removeAllListeners();
    this.ready = false;
    this.holdsLock = false;
    this.paths = new Map([
      ['userData', '/nonexistent/City Trade Atlas'],
      ['appData', '/nonexistent'],
    ]);
  }
  private releaseLock(): void {
    if (this.holdsLock) fake.instanceLocks.delete(this.getPath('userData'));
    this.holdsLock = false;
  }
}

export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: typeof fake.privilegedSchemes): void {
    if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before app ready');
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    if (!app.ready) throw new Error('protocol.handle must be called after app ready');
    if (fake.protocolHandlers.has(scheme)) throw new Error(`Scheme ${scheme} is already handled`);
    fake.protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  /** file:// only, like the app's use; anything else is a network request and refused. */
  async fetch(url: string): Promise<Response> {
    if (!url.startsWith('file://')) throw new Error(`net.fetch outside file:// in a test: ${url}`);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (fake.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    fake.ipcHandlers.delete(channel);
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    fake.errorBoxes.push({ title, content });
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    fake.messageBoxes.push(args.at(-1) as Record<string, unknown>);
    return { response: 0 };
  },
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return fake.openDialogResults.shift() ?? { canceled: true, filePaths: [] };
  },
  async showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
    return fake.saveDialogResults.shift() ?? { canceled: true };
  },
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
  getMenuItemById(id: string): FakeMenuItem | null {
    const walk = (items: FakeMenuItem[]): FakeMenuItem | null => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = item.submenu ? walk(item.submenu) : null;
        if (inner) return inner;
      }
      return null;
    };
    return walk(this.items);
  }
}

export const Menu = {
  buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    for (const item of template.flatMap(function all(i): FakeMenuItem[] {
      return [i, ...(i.submenu ?? []).flatMap(all)];
    }))
      if (!item.role && !item.type && !item.label && !item.submenu)
        throw new Error('A menu item needs a label, a role or a type');
    return new FakeMenu(template);
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    fake.applicationMenu = menu;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Handler): void {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler): void {
      fake.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest(listener: typeof fake.beforeRequest): void {
        fake.beforeRequest = listener;
      },
    },
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    fake.shellCalls.push(['openExternal', url]);
  },
  showItemInFolder(path: string): void {
    fake.shellCalls.push(['showItemInFolder', path]);
  },
  async openPath(path: string): Promise<string> {
    fake.shellCalls.push(['openPath', path]);
    return '';
  },
};

export const screen = {
  getAllDisplays: (): FakeDisplay[] => fake.displays,
  getPrimaryDisplay: (): FakeDisplay => fake.displays[0]!,
};

export const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false };

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (fake.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property ${key}`);
    fake.exposed.set(key, api);
  },
};

/** The preload's side: invoke() reaches the fake ipcMain as the app's own window would. */
export const ipcRenderer = {
  sender: null as FakeWebContents | null,
  frameUrl: 'app://atlas/index.html',
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const sender = ipcRenderer.sender ?? BrowserWindow.getAllWindows()[0]?.webContents;
    if (!sender) return Promise.reject(new Error('No window to invoke from'));
    return Promise.resolve(fake.invoke(channel, sender, ipcRenderer.frameUrl, args[0]));
  },
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]);
  },
};

/** A fresh Electron: no windows, handlers, menus or locks (call in beforeEach). */
export function resetFakeElectron(): void {
  app.reset();
  BrowserWindow.all = [];
  fake.privilegedSchemes.length = 0;
  rendererListeners.clear();
  fake.protocolHandlers.clear();
  fake.ipcHandlers.clear();
  fake.errorBoxes.length = 0;
  fake.messageBoxes.length = 0;
  fake.applicationMenu = null;
  fake.shellCalls.length = 0;
  fake.exposed.clear();
  fake.instanceLocks.clear();
  fake.exitCode = null;
  fake.quitCalled = false;
  fake.openDialogResults.length = 0;
  fake.saveDialogResults.length = 0;
  fake.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  fake.permissionRequestHandler = null;
  fake.permissionCheckHandler = null;
  fake.beforeRequest = null;
  ipcRenderer.sender = null;
  ipcRenderer.frameUrl = 'app://atlas/index.html';
}

/** A second app process with the same userData (for single-instance tests). */
export function startSecondProcess(): FakeApp {
  const second = new FakeApp();
  second.setPath('userData', app.getPath('userData'));
  return second;
}
