/**
 * The application menu, built from the action registry (core/actions.ts): File, Edit, View,
 * Window, Help, in the user's language, with the registry's accelerators. Items Electron runs
 * itself (copy, zoom, quit…) use its roles; the others send their action id to the window, where
 * the renderer runs it exactly as its own shortcut or the command palette would. On macOS the app
 * menu comes first and carries About, Settings and Quit.
 */
import type { MenuItemConstructorOptions } from 'electron';
import {
  ACTIONS,
  MENU_LABELS,
  MENU_ORDER,
  actionEnabled,
  type ActionDef,
  type MenuName,
} from '../../core/actions';
import type { RecentFile } from '../../core/app-api';
import type { Locale } from '../../core/format';

export interface MenuContext {
  locale: Locale;
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentFile[];
  /** Runs an action in the window (renderer). */
  send: (actionId: string, arg?: string) => void;
}

const RECENT_LABEL: Record<Locale, string> = { 'zh-CN': '最近打开', en: 'Open recent' };
const NO_RECENT: Record<Locale, string> = { 'zh-CN': '（无）', en: '(none)' };

function itemFor(action: ActionDef, ctx: MenuContext): MenuItemConstructorOptions {
  const label = action.label[ctx.locale];
  if (action.role) {
    return {
      id: action.id,
      role: action.role as MenuItemConstructorOptions['role'],
      label,
      ...(action.accelerator ? { accelerator: action.accelerator } : {}),
    };
  }
  const enabled = actionEnabled(action, 'electron');
  return {
    id: action.id,
    // A menu cannot show a tooltip everywhere: a disabled item says why in its own label.
    label: enabled || !action.reason ? label : `${label} — ${action.reason[ctx.locale]}`,
    enabled,
    ...(action.accelerator ? { accelerator: action.accelerator } : {}),
    click: () => ctx.send(action.id),
  };
}

function recentMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = ctx.recent.length
    ? ctx.recent.map((file) => ({
        id: `file.openRecent:${file.id}`,
        label: file.name,
        click: () => ctx.send('file.openRecent', file.id),
      }))
    : [{ id: 'file.openRecent:none', label: NO_RECENT[ctx.locale], enabled: false }];
  return { id: 'file.openRecent', label: RECENT_LABEL[ctx.locale], submenu: items };
}

function menuItems(menu: MenuName, ctx: MenuContext, mac: boolean): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  for (const action of ACTIONS.filter((a) => a.menu === menu && !(mac && a.macAppMenu))) {
    if (action.separatorBefore && items.length) items.push({ type: 'separator' });
    items.push(itemFor(action, ctx));
    if (action.id === 'file.openScenario') items.push(recentMenu(ctx));
  }
  if (menu === 'window' && mac) {
    items.push({ role: 'zoom' }, { type: 'separator' }, { role: 'front' });
  }
  return items;
}

/** The template for Menu.buildFromTemplate. */
export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const menus: MenuItemConstructorOptions[] = MENU_ORDER.map((menu) => ({
    id: `menu.${menu}`,
    label: MENU_LABELS[menu][ctx.locale],
    submenu: menuItems(menu, ctx, mac),
  }));
  if (!mac) return menus;
  const byId = (id: string) =>
    itemFor(
      ACTIONS.find((a) => a.id === id)!,
      ctx,
    );
  const appMenu: MenuItemConstructorOptions = {
    id: 'menu.app',
    label: ctx.appName,
    submenu: [
      byId('help.about'),
      { type: 'separator' },
      byId('view.settings'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      byId('file.quit'),
    ],
  };
  return [appMenu, ...menus];
}
