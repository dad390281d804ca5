/**
 * The application menu against the action registry: every registry action is in the menu with
 * the registry's accelerator, clicks reach the window as action ids, and macOS gets its app menu.
 * Asserted by ids and accelerators, not by a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../core/actions';
import type { FakeMenuItem } from './fake-electron';
import { menuTemplate, type MenuContext } from './menu';

const sent: [string, string | undefined][] = [];
const ctx = (platform: NodeJS.Platform, extra: Partial<MenuContext> = {}): MenuContext => ({
  locale: 'en',
  platform,
  appName: 'City Trade Atlas',
  recent: [],
  send: (id, arg) => sent.push([id, arg]),
  ...extra,
});

function flatten(items: FakeMenuItem[]): FakeMenuItem[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
}
const byId = (items: FakeMenuItem[], id: string) => flatten(items).find((i) => i.id === id);
const template = (c: MenuContext) => menuTemplate(c) as FakeMenuItem[];

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s has every registry action once, with its accelerator',
    (platform) => {
      const items = template(ctx(platform));
      for (const action of ACTIONS) {
        const found = flatten(items).filter((i) => i.id === action.id);
        expect(found, action.id).toHaveLength(1);
        expect(found[0]!.accelerator, action.id).toBe(action.accelerator);
        if (action.role) expect(found[0]!.role, action.id).toBe(action.role);
      }
    },
  );

  it('names the menus File, Edit, View, Window, Help (and the app menu first on macOS)', () => {
    expect(template(ctx('linux')).map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(template(ctx('linux', { locale: 'zh-CN' })).map((m) => m.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
    const mac = template(ctx('darwin'));
    expect(mac.map((m) => m.label)).toEqual([
      'City Trade Atlas',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    const appMenu = mac[0]!.submenu!.map((i) => i.id ?? i.role);
    expect(appMenu.filter((x) => x && !x.startsWith('separator'))).toEqual(
      expect.arrayContaining([
        'help.about',
        'view.settings',
        'services',
        'hide',
        'hideOthers',
        'unhide',
        'file.quit',
      ]),
    );
    // On macOS Quit, Settings and About live only in the app menu.
    expect(byId(mac.slice(1), 'file.quit')).toBeUndefined();
    expect(byId(mac.slice(1), 'view.settings')).toBeUndefined();
    expect(flatten(mac).some((i) => i.role === 'front')).toBe(true);
  });

  it('sends an action id to the window on click', () => {
    sent.length = 0;
    const items = template(ctx('linux'));
    byId(items, 'view.map')!.click!();
    byId(items, 'file.saveScenario')!.click!();
    expect(sent).toEqual([
      ['view.map', undefined],
      ['file.saveScenario', undefined],
    ]);
  });

  it('lists the briefing commands in the File menu, enabled', () => {
    sent.length = 0;
    const items = template(ctx('linux'));
    for (const id of ['file.openBriefing', 'file.saveBriefing', 'file.addToBriefing']) {
      expect(byId(items, id)!.enabled, id).not.toBe(false);
    }
    byId(items, 'file.addToBriefing')!.click!();
    expect(sent).toEqual([['file.addToBriefing', undefined]]);
  });

  it('lists recent files under File › Open recent, opening them by id', () => {
    sent.length = 0;
    const recent = [
      { id: '0123456789abcdef', kind: 'scenario' as const, name: 'tariffs.scenario.json', at: '' },
    ];
    const items = template(ctx('linux', { recent }));
    const open = byId(items, 'file.openRecent')!;
    expect(open.submenu!.map((i) => i.label)).toEqual(['tariffs.scenario.json']);
    open.submenu![0]!.click!();
    expect(sent).toEqual([['file.openRecent', '0123456789abcdef']]);
    expect(byId(template(ctx('linux')), 'file.openRecent')!.submenu![0]!.enabled).toBe(false);
  });
});
