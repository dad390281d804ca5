import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  acceleratorLabel,
  actionById,
  actionEnabled,
  matchesAccelerator,
  VIEW_NAMES,
  type KeyPress,
} from './actions';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrl: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

describe('the action registry', () => {
  it('has unique ids and unique accelerators', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = ACTIONS.flatMap((a) => (a.accelerator ? [a.accelerator] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('labels every action in both languages and says why a disabled one is disabled', () => {
    for (const a of ACTIONS) {
      expect(a.label['zh-CN'], a.id).toMatch(/\S/);
      expect(a.label.en, a.id).toMatch(/\S/);
      if (a.enabledWhen === 'unavailable') expect(a.reason?.en, a.id).toMatch(/\S/);
    }
  });

  it('gives each view CmdOrCtrl+1…7 in rail order', () => {
    expect(VIEW_NAMES.map((v) => actionById(`view.${v}`)?.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
      'CmdOrCtrl+6',
      'CmdOrCtrl+7',
    ]);
  });

  it('enables roles only in the desktop app and never an unavailable action', () => {
    expect(actionEnabled(actionById('view.zoomIn')!, 'web')).toBe(false);
    expect(actionEnabled(actionById('view.zoomIn')!, 'electron')).toBe(true);
    expect(actionEnabled(actionById('file.openBriefing')!, 'web')).toBe(true);
    expect(ACTIONS.filter((a) => a.enabledWhen === 'unavailable')).toEqual([]);
    expect(actionEnabled(actionById('view.palette')!, 'web')).toBe(true);
  });
});

describe('accelerators', () => {
  it('map CmdOrCtrl to Ctrl elsewhere and to Cmd on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { ctrl: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', press('K', { ctrl: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { meta: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { meta: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { ctrl: true }), true)).toBe(false);
  });

  it('tell Shift and Alt apart on letters and digits', () => {
    expect(
      matchesAccelerator('CmdOrCtrl+Shift+L', press('L', { ctrl: true, shift: true }), false),
    ).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Shift+L', press('l', { ctrl: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+1', press('1', { ctrl: true, alt: true }), false)).toBe(
      false,
    );
  });

  it('match symbols whatever Shift it took to type them', () => {
    expect(matchesAccelerator('CmdOrCtrl+,', press(',', { ctrl: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { ctrl: true }), false)).toBe(true);
    expect(
      matchesAccelerator('CmdOrCtrl+Plus', press('+', { ctrl: true, shift: true }), false),
    ).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Plus', press('=', { ctrl: true }), false)).toBe(true);
    expect(matchesAccelerator('F1', press('F1'), false)).toBe(true);
    expect(matchesAccelerator('F1', press('F1', { shift: true }), false)).toBe(false);
  });

  it('read as key caps', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+L', false)).toBe('Ctrl+Shift+L');
    expect(acceleratorLabel('CmdOrCtrl+Shift+L', true)).toBe('⌘⇧L');
    expect(acceleratorLabel('CmdOrCtrl+Plus', false)).toBe('Ctrl++');
    expect(acceleratorLabel('F1', false)).toBe('F1');
  });
});
