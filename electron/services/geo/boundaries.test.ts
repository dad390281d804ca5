import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boundaryLoader, BoundaryFileError } from './boundaries';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

async function resourcesWith(text: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'atlas-geo-'));
  await mkdir(join(dir, 'geo'));
  await writeFile(join(dir, 'geo', 'china-cities.topo.json'), text);
  return dir;
}

describe('boundary loader', () => {
  it('serves the bundled topology with its three objects', async () => {
    const topo = await boundaryLoader(join(process.cwd(), 'resources'))();
    expect(topo.type).toBe('Topology');
    expect(topo.objects.cities.geometries).toHaveLength(366);
    expect(topo.objects.provinces.geometries).toHaveLength(34);
    const codes = topo.objects.cities.geometries.map((g) => g.properties?.code);
    expect(codes).toContain('440300');
    expect(codes).toContain('419001');
  });

  it('reads the file once and reuses it', async () => {
    const load = boundaryLoader(join(process.cwd(), 'resources'));
    expect(await load()).toBe(await load());
  });

  it('refuses a file that is not the expected topology, and retries after a failure', async () => {
    const res = await resourcesWith('{"type":"FeatureCollection","features":[]}');
    const load = boundaryLoader(res);
    await expect(load()).rejects.toBeInstanceOf(BoundaryFileError);
    await writeFile(
      join(res, 'geo', 'china-cities.topo.json'),
      JSON.stringify({
        type: 'Topology',
        arcs: [],
        objects: {
          cities: { type: 'GeometryCollection', geometries: [] },
          provinces: { type: 'GeometryCollection', geometries: [] },
          nation: { type: 'GeometryCollection', geometries: [] },
        },
      }),
    );
    await expect(load()).resolves.toMatchObject({ type: 'Topology' });
  });

  it('reports a missing or broken file as an installation problem', async () => {
    await expect(boundaryLoader('/nonexistent')()).rejects.toThrow(/Cannot read/);
    await expect(boundaryLoader(await resourcesWith('{not json'))()).rejects.toThrow(
      /not valid JSON/,
    );
  });
});
