/**
 * The browser harness under random hostile requests (paths, methods, bodies), and Chromium
 * driving every view while every request it makes is recorded: the app must never answer 5xx,
 * never stop serving, and the page must ask nothing of any origin but its own.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../core/scenario';
import { API_METHODS } from '../../core/api';
import { createHandlers } from '../../electron/handlers';
import { rawRequest } from '../../e2e/harness/raw-request';
import { startHarness } from '../../e2e/harness/server';

export interface ProbeResult {
  probes: number;
  bad: string[];
  external: string[];
  pagesVisited: number;
}

const PIECES = [
  '..',
  '%2e%2e',
  '%2f',
  '%5c',
  '%00',
  '%E0%A4%A',
  '%',
  '%zz',
  '//',
  'index.html',
  'assets',
  '__proto__',
  'constructor',
  '%C3%A9',
  '%F0%9F%92%A5',
  '?a=%',
  '#x',
  ';',
  'etc/passwd',
  'C:',
  '~',
];
const BODIES = [
  '',
  '[]',
  '{',
  '[1,2',
  'null',
  '"x"',
  '[{"__proto__":{"polluted":1}}]',
  '['.repeat(50_000),
  JSON.stringify([{ file: { name: 'a.csv', base64: '!!!' } }]),
  '[' + '1,'.repeat(100_000) + '1]',
];
const VIEWS = ['figures', 'sources', 'rankings', 'map', 'import', 'scenarios'];

export async function runHarnessProbes(options: {
  rendererDir: string;
  resourcesDir: string;
  count: number;
  chromiumPath: string;
}): Promise<ProbeResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'atlas-probes-'));
  const table = await createHandlers({ resourcesDir: options.resourcesDir, dataDir });
  const harness = await startHarness({ rendererDir: options.rendererDir, table });
  const port = Number(new URL(harness.url).port);
  const result: ProbeResult = { probes: 0, bad: [], external: [], pagesVisited: 0 };
  const rand = mulberry32(0x8a7e);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  try {
    for (let n = 0; n < options.count; n++) {
      const api = rand() < 0.4;
      const path = api
        ? `/api/${rand() < 0.5 ? pick(API_METHODS) : pick(PIECES)}`
        : `/${Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(PIECES)).join('/')}`;
      const method = api
        ? pick(['POST', 'POST', 'GET', 'PUT'])
        : pick(['GET', 'GET', 'HEAD', 'POST', 'OPTIONS']);
      // Never a method that writes: the probes must not change the data folder they stand on.
      const body =
        api && /commitImport|undoTo|resetToBundled|saveExposureEdits/.test(path)
          ? '[]'
          : pick(BODIES);
      result.probes++;
      try {
        const reply = await rawRequest(port, method, path, {
          body: method === 'GET' || method === 'HEAD' ? undefined : body,
        });
        if (reply.status >= 500)
          result.bad.push(`${method} ${path} → ${reply.status} ${reply.body.slice(0, 120)}`);
      } catch (error) {
        result.bad.push(`${method} ${path} → ${(error as Error).message}`);
      }
    }
    const alive = await rawRequest(port, 'GET', '/');
    if (alive.status !== 200) result.bad.push(`after the probes GET / → ${alive.status}`);

    const browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({ locale: 'zh-CN' });
      const origin = new URL(harness.url).origin;
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
          result.external.push(url);
      });
      for (const view of VIEWS) {
        await page.goto(`${origin}/#/${view}`, { waitUntil: 'networkidle' });
        await page.getByTestId('nav-rail').waitFor();
        result.pagesVisited++;
      }
    } finally {
      await browser.close();
    }
  } finally {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return result;
}
