/**
 * The one place resolver on the bundled reference tables, as the CLI, the scenario panel's CSV
 * and the import use it: level-aware where a name is both a city and a province.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReferenceTables } from '../model';
import { parseExposureCsv } from '../scenario';
import { createNameResolver, findPlace } from './index';

const reference = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../resources/reference/entities.json'), 'utf8'),
) as ReferenceTables;
const resolver = createNameResolver(reference.entities);

describe('one level-aware place resolver', () => {
  it('reads 上海 as the city at city level and as the province at province level', () => {
    const at = (level: 'city' | 'province') => {
      const r = resolver.resolve('上海', level, false);
      return r.status === 'resolved' ? r.entity.code : r.status;
    };
    expect(at('city')).toBe('310100');
    expect(at('province')).toBe('310000');
  });

  it('gives the exposure CSV the city at city level (a first match gave the province)', () => {
    const csv = new TextEncoder().encode(
      'entity,dimension,category,flow,share\n上海,partner,us,exports,18\n',
    );
    const atCity = (text: string) => {
      const r = resolver.resolve(text, 'city', false);
      return r.status === 'resolved' ? r.entity.code : null;
    };
    expect(parseExposureCsv(csv, 'shares.csv', atCity).overrides[0]).toMatchObject({
      code: '310100',
    });
  });

  it('finds what a person typed for the CLI: the city first, the other levels named', () => {
    expect(findPlace(resolver, '吉林')).toMatchObject({
      kind: 'found',
      entity: { code: '220200' },
      others: [{ code: '220000' }],
    });
    expect(findPlace(resolver, '吉林', 'province')).toMatchObject({
      kind: 'found',
      entity: { code: '220000' },
    });
    expect(findPlace(resolver, "xi'an")).toMatchObject({
      kind: 'found',
      entity: { code: '610100' },
    });
    expect(findPlace(resolver, 'Taizhou')).toMatchObject({ kind: 'ambiguous' });
    expect(findPlace(resolver, '嘉與市')).toMatchObject({
      kind: 'none',
      suggestions: expect.arrayContaining([expect.objectContaining({ code: '330400' })]),
    });
  });
});
