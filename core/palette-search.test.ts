import { describe, expect, it } from 'vitest';
import { synthEntities } from './import';
import { searchPalette, type PaletteHit } from './palette-search';

const entities = synthEntities();
const names = (hits: PaletteHit[]) =>
  hits.map((h) => (h.kind === 'action' ? h.action.id : `${h.entity.level}:${h.entity.shortZh}`));

describe('searchPalette', () => {
  it('finds a city by Chinese name, English name and pinyin', () => {
    expect(names(searchPalette('深圳', entities, 'zh-CN'))[0]).toBe('city:深圳');
    expect(names(searchPalette('shenzhen', entities, 'en'))[0]).toBe('city:深圳');
    expect(names(searchPalette('Xi an', entities, 'en'))[0]).toBe('city:西安');
    expect(names(searchPalette('xian', entities, 'en'))).toContain('city:西安');
  });

  it('lists both places of a shared name, the province first', () => {
    expect(names(searchPalette('吉林', entities, 'zh-CN')).slice(0, 2)).toEqual([
      'province:吉林',
      'city:吉林',
    ]);
    expect(names(searchPalette('taizhou', entities, 'en'))).toEqual(['city:台州', 'city:泰州']);
  });

  it('finds actions by their label in either language', () => {
    expect(names(searchPalette('settings', entities, 'en'))[0]).toBe('view.settings');
    expect(names(searchPalette('设置', entities, 'en'))[0]).toBe('view.settings');
    expect(names(searchPalette('', entities, 'en'))).toContain('view.palette');
    expect(names(searchPalette('', entities, 'en'))).not.toContain('edit.copy');
  });

  it('leaves out the nation and counties, and finds former names', () => {
    expect(names(searchPalette('china', entities, 'en'))).toEqual([]);
    expect(names(searchPalette('义乌', entities, 'zh-CN'))).toEqual([]);
    expect(names(searchPalette('襄樊', entities, 'zh-CN'))).toEqual(['city:襄阳']);
  });
});
