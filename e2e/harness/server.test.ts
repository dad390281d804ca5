/**
 * The harness under hostile requests: malformed paths, traversal, wrong host, wrong method,
 * prototype names as methods, broken JSON. Each gets a 4xx or an error envelope, never a 500,
 * and the server keeps serving.
 */
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { rawRequest } from './raw-request';
import { startHarness, type Harness } from './server';

let harness: Harness;
let port: number;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'atlas-harness-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>atlas</title>');
  await writeFile(join(root, 'secret.txt'), 'outside the build');
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'link.txt'));
  const table = await createHandlers({
    resourcesDir: join(process.cwd(), 'resources'),
    dataDir: join(root, 'data'),
  });
  harness = await startHarness({ rendererDir, table });
  port = Number(new URL(harness.url).port);
});
afterAll(() => harness.close());

const raw = (...args: Parameters<typeof rawRequest> extends [number, ...infer R] ? R : never) =>
  rawRequest(port, ...args);

describe('harness probes', () => {
  it('GET /%E0%A4%A is a 404, not a 500 URIError', async () => {
    const reply = await raw('GET', '/%E0%A4%A');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toMatch(/URIError/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/index.html%00.js',
    '//etc/passwd',
  ])('refuses %s', async (path) => {
    const reply = await raw('GET', path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the build');
  });

  it('refuses a foreign Host header, a foreign Origin and GET on the API', async () => {
    expect((await raw('GET', '/', { host: 'evil.example' })).status).toBe(421);
    expect(
      (await raw('POST', '/api/listRevisions', { body: '[]', origin: 'http://evil.example' }))
        .status,
    ).toBe(403);
    expect((await raw('GET', '/api/listRevisions')).status).toBe(405);
    expect((await raw('DELETE', '/index.html')).status).toBe(405);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '%5F%5Fproto%5F%5F'])(
    'answers an unknown method %s with an error envelope',
    async (method) => {
      const reply = await raw('POST', `/api/${method}`, { body: '[]' });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'unknown_method' },
      });
    },
  );

  it('answers broken or deeply nested JSON with an error envelope', async () => {
    for (const body of ['{"a":', '['.repeat(100_000), '"just a string"', 'null']) {
      const reply = await raw('POST', '/api/listRevisions', { body });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).ok).toBe(false);
    }
  });

  it('still serves the app after all of that', async () => {
    const reply = await raw('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>atlas</title>');
  });
});
