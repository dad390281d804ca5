import { describe, expect, it } from 'vitest';
import { appDataDir, atlasDataDir, userDataDir } from './user-data-path';

describe('user-data path (as Electron computes it)', () => {
  it('uses XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(
      userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x/cfg' }, home: '/home/a' }),
    ).toBe('/x/cfg/City Trade Atlas');
    expect(userDataDir({ platform: 'linux', env: {}, home: '/home/a' })).toBe(
      '/home/a/.config/City Trade Atlas',
    );
    expect(atlasDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/a' })).toBe(
      '/home/a/.config/City Trade Atlas/atlas-data',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(
      atlasDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/ignored' }, home: '/Users/a' }),
    ).toBe('/Users/a/Library/Application Support/City Trade Atlas/atlas-data');
  });

  it('uses %APPDATA% on Windows', () => {
    const env = { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' };
    expect(atlasDataDir({ platform: 'win32', env, home: 'C:\\Users\\a' })).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\City Trade Atlas\\atlas-data',
    );
    expect(appDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\a' })).toBe(
      'C:\\Users\\a\\AppData\\Roaming',
    );
  });
});
