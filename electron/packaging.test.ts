import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from './services/user-data-path';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  win?: { target?: string[] };
  mac?: { target?: string[] };
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('package.json', () => {
  it('names the product as electron-builder does, so npm start uses the same user-data folder', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      productName?: string;
      scripts: Record<string, string>;
    };
    expect(pkg.productName).toBe(config.productName);
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(pkg.scripts.build).toMatch(/^vue-tsc -b && /);
  });
});

describe('electron-builder.yml', () => {
  it('names the app and ships the bundled resources inside asar builds', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('City Trade Atlas');
    expect(config.asar).toBe(true);
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources', to: 'resources' }),
    );
    // About reads NOTICE beside the resources folder (electron/handlers.ts).
    expect(config.extraResources).toContainEqual({ from: 'NOTICE', to: 'NOTICE' });
  });

  it('targets AppImage + deb, NSIS and dmg', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win?.target).toContain('nsis');
    expect(config.mac?.target).toContain('dmg');
  });

  it('sets the production fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
