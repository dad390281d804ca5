/**
 * The session and contents locks (security.ts) and the renderer's CSP, run against the stand-in
 * of the `electron` module: no navigation away, no new windows, no webviews, no permissions, no
 * request to any origin but the app's own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, fake, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
const { lockDownContents, lockDownSession } = await import('./security');

function lockedContents(): FakeWebContents {
  lockDownContents();
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return contents;
}

/** Emit `name` with a preventable event; returns whether a listener prevented it. */
function prevented(contents: FakeWebContents, name: string, ...args: unknown[]): boolean {
  let was = false;
  contents.emit(name, { preventDefault: () => (was = true) }, ...args);
  return was;
}

beforeEach(() => resetFakeElectron());

describe('contents lock', () => {
  it('refuses navigation and redirects away from app://atlas', () => {
    const contents = lockedContents();
    expect(prevented(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented(contents, 'will-navigate', 'app://atlas.evil/index.html')).toBe(true);
    expect(prevented(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented(contents, 'will-navigate', 'app://atlas/index.html#/map')).toBe(false);
  });

  it('denies every new window and every webview', () => {
    const contents = lockedContents();
    expect(contents.windowOpenHandler).not.toBeNull();
    expect((contents.windowOpenHandler as () => unknown)()).toEqual({ action: 'deny' });
    expect(prevented(contents, 'will-attach-webview', {}, {})).toBe(true);
  });
});

describe('session lock', () => {
  beforeEach(() => lockDownSession());

  it('grants no permission', () => {
    const answers: boolean[] = [];
    const request = fake.permissionRequestHandler as (...a: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'])
      request(null, permission, (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    expect((fake.permissionCheckHandler as () => boolean)()).toBe(false);
  });

  it.each([
    ['https://example.com/x.js', true],
    ['http://127.0.0.1:5199/', true],
    ['file:///etc/passwd', true],
    ['app://atlas.evil/', true],
    ['app://atlas/assets/index.js', false],
    ['data:font/woff2;base64,AA', false],
  ])('request to %s cancelled: %s', (url, cancel) => {
    let answer: { cancel: boolean } | null = null;
    fake.beforeRequest!({ url }, (r) => (answer = r));
    expect(answer).toEqual({ cancel });
  });
});

describe('the renderer page', () => {
  it('carries a strict CSP: scripts and styles from the app only, no eval, no inline', () => {
    const html = readFileSync(join(process.cwd(), 'renderer/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const rules = Object.fromEntries(
      csp
        .split(';')
        .map((r) => r.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(rules['default-src']).toEqual(["'self'"]);
    expect(rules['script-src']).toEqual(["'self'"]);
    expect(rules['style-src']).toEqual(["'self'"]);
    expect(rules['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('main-process code', () => {
  it('never hands a string to shell.openExternal (the app opens nothing outside itself)', () => {
    const dir = join(process.cwd(), 'electron/main');
    for (const file of readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.includes('fake') && !f.endsWith('.test.ts'),
    ))
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/openExternal/);
  });
});
