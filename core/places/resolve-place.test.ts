import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { createNameResolver, editDistance } from './resolve-place';
import { synthEntities } from '../import';

const resolver = createNameResolver(synthEntities());
const codeOf = (raw: string, level?: 'city' | 'province'): string | null => {
  const r = resolver.resolve(raw, level);
  return r.status === 'resolved' ? r.entity.code : null;
};

describe('createNameResolver', () => {
  it.each([
    ['深圳市', '440300'],
    ['深圳', '440300'],
    ['  深圳 ', '440300'],
    ['其中：深圳', '440300'],
    ["Xi'an", '610100'],
    ['Xian', '610100'],
    ["XI'AN", '610100'],
    ['xi an', '610100'],
    ['Xī’ān', '610100'],
    ['Xian City', '610100'],
    ['haerbin', '230100'],
    ['Harbin', '230100'],
    ['440300', '440300'],
    ['440300000000', '440300'],
    ['542300', '540200'],
    ['日喀则地区', '540200'],
    ['襄樊', '420600'],
    ['延边朝鲜族自治州', '222400'],
    ['延边州', '222400'],
    ['义乌', '330782'],
    ['全国', '100000'],
    ['China', '100000'],
    ['广东省', '440000'],
  ])('%s → %s', (raw, code) => {
    expect(codeOf(raw, 'city')).toBe(code);
  });

  it('uses the preferred level for names shared by a province and a city', () => {
    expect(codeOf('吉林', 'city')).toBe('220200');
    expect(codeOf('吉林', 'province')).toBe('220000');
    expect(codeOf('吉林省', 'city')).toBe('220000');
    expect(codeOf('北京', 'city')).toBe('110100');
    expect(resolver.resolve('北京').status).toBe('ambiguous');
  });

  it('keeps county-level cities as themselves, not their parent', () => {
    const r = resolver.resolve('义乌市', 'city');
    expect(r).toMatchObject({
      status: 'resolved',
      entity: { level: 'county_city', code: '330782' },
    });
  });

  it('reports ambiguous English names with both candidates', () => {
    const r = resolver.resolve('Taizhou', 'city');
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.candidates.map((e) => e.code).sort()).toEqual([
      '321200',
      '331000',
    ]);
    expect(codeOf('Taizhou (Zhejiang)', 'city')).toBe('331000');
  });

  it('suggests up to three near names for typos', () => {
    const r = resolver.resolve('深训', 'city');
    expect(r.status).toBe('unresolved');
    expect(r.status === 'unresolved' && r.suggestions[0]!.code).toBe('440300');
    const latin = resolver.resolve('Shenzen', 'city');
    expect(latin.status === 'unresolved' && latin.suggestions[0]!.code).toBe('440300');
    expect(resolver.resolve('珠三角', 'city')).toMatchObject({ status: 'unresolved' });
  });

  it('takes taught aliases first', () => {
    const taught = createNameResolver(synthEntities(), [
      { alias: '鹏城', code: asAdcode('440300') },
    ]);
    expect(taught.resolve('鹏城')).toMatchObject({
      status: 'resolved',
      via: 'taught_alias',
      entity: { code: '440300' },
    });
  });
});

describe('editDistance', () => {
  it('counts edits and stops past the cut-off', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
