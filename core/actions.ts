/**
 * The app's actions, in one registry: each with its id, its label in both languages, its keyboard
 * accelerator and when it can run. The renderer's buttons and shortcuts, the command palette and
 * the Electron application menu are all built from this list, so a shortcut shown in one place is
 * the shortcut that works in the others.
 *
 * Accelerators use Electron's syntax (`CmdOrCtrl+K`): Cmd on macOS, Ctrl elsewhere.
 */
import type { Locale } from './format';

export type MenuName = 'file' | 'edit' | 'view' | 'window' | 'help';

/**
 * When an action can run:
 * - `always`;
 * - `electron`: only in the desktop app (a browser keeps these for itself: zoom, full screen, quit);
 * - `unavailable`: not built yet; shown disabled with `reason`.
 */
export type EnabledWhen = 'always' | 'electron' | 'unavailable';

export interface ActionDef {
  id: string;
  menu: MenuName;
  label: Record<Locale, string>;
  accelerator?: string;
  /** Run by Electron itself (menu role) in the desktop app: copy, zoom, minimise… */
  role?: string;
  enabledWhen: EnabledWhen;
  /** Why it is disabled, for `unavailable`. */
  reason?: Record<Locale, string>;
  /** Listed in the command palette (edit and window roles act on focus, so they are not). */
  palette: boolean;
  /** A line above it in its menu. */
  separatorBefore?: boolean;
  /** Left out of the menu on macOS, where the app menu carries it (About, Settings, Quit). */
  macAppMenu?: boolean;
}

/** The views, in rail order; View › each one is CmdOrCtrl+1…7. */
export const VIEW_NAMES = [
  'figures',
  'sources',
  'rankings',
  'map',
  'import',
  'scenarios',
  'briefing',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

const VIEW_LABELS: Record<ViewName, Record<Locale, string>> = {
  figures: { 'zh-CN': '数据表', en: 'Figures' },
  sources: { 'zh-CN': '数据来源', en: 'Sources' },
  rankings: { 'zh-CN': '排行榜', en: 'Rankings' },
  map: { 'zh-CN': '地图', en: 'Map' },
  import: { 'zh-CN': '导入', en: 'Import' },
  scenarios: { 'zh-CN': '情景', en: 'Scenarios' },
  briefing: { 'zh-CN': '简报', en: 'Briefing' },
};

const def = (
  id: string,
  menu: MenuName,
  zh: string,
  en: string,
  extra: Partial<ActionDef> = {},
): ActionDef => ({
  id,
  menu,
  label: { 'zh-CN': zh, en },
  enabledWhen: 'always',
  palette: true,
  ...extra,
});

const role = (
  id: string,
  menu: MenuName,
  zh: string,
  en: string,
  roleName: string,
  extra: Partial<ActionDef> = {},
) => def(id, menu, zh, en, { role: roleName, enabledWhen: 'electron', palette: false, ...extra });

export const ACTIONS: readonly ActionDef[] = [
  def('file.import', 'file', '导入数据…', 'Import…', { accelerator: 'CmdOrCtrl+I' }),
  def('file.openScenario', 'file', '打开情景…', 'Open scenario…', { accelerator: 'CmdOrCtrl+O' }),
  def('file.saveScenario', 'file', '保存情景…', 'Save scenario…', { accelerator: 'CmdOrCtrl+S' }),
  def('file.openBriefing', 'file', '打开简报…', 'Open briefing…', {
    accelerator: 'CmdOrCtrl+Shift+O',
    separatorBefore: true,
  }),
  def('file.saveBriefing', 'file', '保存简报…', 'Save briefing…'),
  def('file.addToBriefing', 'file', '添加到简报', 'Add to briefing', {
    accelerator: 'CmdOrCtrl+Shift+B',
  }),
  def('file.print', 'file', '打印…', 'Print…', {
    accelerator: 'CmdOrCtrl+P',
    separatorBefore: true,
  }),
  def('file.exportPdf', 'file', '导出 PDF…', 'Export PDF…', { accelerator: 'CmdOrCtrl+Shift+E' }),
  def('file.export', 'file', '导出表格或图表…', 'Export table or chart…'),
  role('file.quit', 'file', '退出', 'Quit', 'quit', {
    accelerator: 'CmdOrCtrl+Q',
    separatorBefore: true,
    macAppMenu: true,
  }),

  role('edit.undo', 'edit', '撤销', 'Undo', 'undo', { accelerator: 'CmdOrCtrl+Z' }),
  role('edit.redo', 'edit', '重做', 'Redo', 'redo', { accelerator: 'Shift+CmdOrCtrl+Z' }),
  role('edit.cut', 'edit', '剪切', 'Cut', 'cut', {
    accelerator: 'CmdOrCtrl+X',
    separatorBefore: true,
  }),
  role('edit.copy', 'edit', '复制', 'Copy', 'copy', { accelerator: 'CmdOrCtrl+C' }),
  role('edit.paste', 'edit', '粘贴', 'Paste', 'paste', { accelerator: 'CmdOrCtrl+V' }),
  role('edit.selectAll', 'edit', '全选', 'Select all', 'selectAll', { accelerator: 'CmdOrCtrl+A' }),

  ...VIEW_NAMES.map((name, i) =>
    def(`view.${name}`, 'view', VIEW_LABELS[name]['zh-CN'], VIEW_LABELS[name].en, {
      accelerator: `CmdOrCtrl+${i + 1}`,
    }),
  ),
  def('view.palette', 'view', '命令面板…', 'Command palette…', {
    accelerator: 'CmdOrCtrl+K',
    separatorBefore: true,
  }),
  def('view.settings', 'view', '设置…', 'Settings…', {
    accelerator: 'CmdOrCtrl+,',
    macAppMenu: true,
  }),
  def('view.toggleTheme', 'view', '切换深色/浅色', 'Toggle dark/light theme', {
    accelerator: 'CmdOrCtrl+Shift+D',
    separatorBefore: true,
  }),
  def('view.toggleLanguage', 'view', '切换语言（中文/English）', 'Switch language (中文/English)', {
    accelerator: 'CmdOrCtrl+Shift+L',
  }),
  role('view.zoomIn', 'view', '放大', 'Zoom in', 'zoomIn', {
    accelerator: 'CmdOrCtrl+Plus',
    separatorBefore: true,
  }),
  role('view.zoomOut', 'view', '缩小', 'Zoom out', 'zoomOut', { accelerator: 'CmdOrCtrl+-' }),
  role('view.zoomReset', 'view', '实际大小', 'Actual size', 'resetZoom', {
    accelerator: 'CmdOrCtrl+0',
  }),
  role('view.fullScreen', 'view', '全屏', 'Full screen', 'togglefullscreen', {
    accelerator: 'F11',
  }),

  role('window.minimize', 'window', '最小化', 'Minimise', 'minimize', {
    accelerator: 'CmdOrCtrl+M',
  }),
  role('window.close', 'window', '关闭窗口', 'Close window', 'close', {
    accelerator: 'CmdOrCtrl+W',
  }),

  def('help.guide', 'help', '使用指南', 'User guide', { accelerator: 'F1' }),
  def('help.shortcuts', 'help', '键盘快捷键', 'Keyboard shortcuts', { accelerator: 'CmdOrCtrl+/' }),
  def('help.sources', 'help', '数据来源', 'Data sources'),
  def('help.about', 'help', '关于城市外贸图谱', 'About City Trade Atlas', {
    separatorBefore: true,
    macAppMenu: true,
  }),
];

/** The channel on which the main process sends a menu click to the window: (actionId, arg?). */
export const MENU_ACTION_CHANNEL = 'atlas:menu-action';
/** Not in the registry: File › Open recent › <file>, whose argument is the recent file's id. */
export const OPEN_RECENT_ACTION = 'file.openRecent';

/** What the preload exposes as `window.atlasMenu` in the desktop app. */
export interface MenuBridge {
  onAction(callback: (actionId: string, arg?: string) => void): void;
}

export const MENU_ORDER: readonly MenuName[] = ['file', 'edit', 'view', 'window', 'help'];

export const MENU_LABELS: Record<MenuName, Record<Locale, string>> = {
  file: { 'zh-CN': '文件', en: 'File' },
  edit: { 'zh-CN': '编辑', en: 'Edit' },
  view: { 'zh-CN': '视图', en: 'View' },
  window: { 'zh-CN': '窗口', en: 'Window' },
  help: { 'zh-CN': '帮助', en: 'Help' },
};

const byId = new Map(ACTIONS.map((a) => [a.id, a]));

/** The action with this id, or undefined (ids from outside are checked against this). */
export function actionById(id: string): ActionDef | undefined {
  return byId.get(id);
}

/** Whether `action` can run where the app is running. */
export function actionEnabled(action: ActionDef, host: 'electron' | 'web'): boolean {
  if (action.enabledWhen === 'unavailable') return false;
  return action.enabledWhen === 'always' || host === 'electron';
}

/** A key press, as the renderer sees it. */
export interface KeyPress {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/**
 * Whether `press` is `accelerator` on a platform (`mac`: CmdOrCtrl is the Cmd key). Letters match
 * either case; `Plus` is `+` (or `=`, its unshifted key on most layouts).
 */
export function matchesAccelerator(accelerator: string, press: KeyPress, mac: boolean): boolean {
  const parts = accelerator.split('+').filter((p, i, all) => p !== '' || i === all.length - 1);
  const keyPart = parts.at(-1) === '' ? '+' : parts.at(-1)!;
  const mods = new Set(parts.slice(0, -1).map((m) => m.toLowerCase()));
  const wantPrimary = mods.has('cmdorctrl') || mods.has('commandorcontrol');
  const wantCtrl = mods.has('ctrl') || mods.has('control') || (wantPrimary && !mac);
  const wantMeta = mods.has('cmd') || mods.has('command') || (wantPrimary && mac);
  if (press.ctrl !== wantCtrl || press.meta !== wantMeta) return false;
  if (press.alt !== (mods.has('alt') || mods.has('option'))) return false;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const want = keyPart === 'Plus' ? '+' : keyPart.length === 1 ? keyPart.toLowerCase() : keyPart;
  // Shift is part of the key on symbols ('+' is Shift+'='), so only letters and names check it.
  const shiftMatters = /^[a-z0-9]$/.test(want) || want.length > 1;
  if (shiftMatters && press.shift !== mods.has('shift')) return false;
  return key === want || (want === '+' && key === '=');
}

/** How an accelerator reads on a key cap: `Ctrl+K`, or `⌘K` on macOS. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.replace(/\+\+$/, '+Plus').split('+');
  const names = parts.map((p) => {
    const lower = p.toLowerCase();
    if (lower === 'cmdorctrl' || lower === 'commandorcontrol') return mac ? '⌘' : 'Ctrl';
    if (lower === 'shift') return mac ? '⇧' : 'Shift';
    if (lower === 'alt' || lower === 'option') return mac ? '⌥' : 'Alt';
    if (lower === 'plus') return '+';
    return p.length === 1 ? p.toUpperCase() : p;
  });
  return mac ? names.join('') : names.join('+');
}
