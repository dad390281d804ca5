import { describe, expect, it } from 'vitest';
import {
  defaultDirection,
  sortBoardRows,
  type BoardSortKey,
  type SortDirection,
} from './board-sort';
import { rankingBoard } from './ranking-board';
import { world } from './ranking-fixture';
import { indexFullYears } from './year-index';

const index = indexFullYears(world.dataset, world.reference);
const rows = rankingBoard(index, {
  year: 2025,
  baseYear: 2024,
  spanStart: 2023,
  level: 'city',
  metric: 'total',
}).rows;
const names = {
  nameOf: (r: (typeof rows)[number]) => r.entity.nameEn,
  provinceOf: (r: (typeof rows)[number]) => r.province?.nameEn ?? '',
  compare: (a: string, b: string) => a.localeCompare(b, 'en'),
};
const order = (key: BoardSortKey, direction: SortDirection) =>
  sortBoardRows(rows, { key, direction }, names).map((r) => r.entity.shortZh);

describe('sorting the board', () => {
  it('sorts by value both ways with gaps last', () => {
    expect(order('value', 'descending')).toEqual(['深圳', '东莞', '宁波', '金华', '西安', '福州']);
    expect(order('value', 'ascending')).toEqual(['西安', '金华', '宁波', '东莞', '深圳', '福州']);
  });

  it('sorts by published growth, gaps last in either direction', () => {
    // 东莞 45.5, 深圳 3.1, 福州 −24, 西安 −33.3; 宁波 and 金华 have no growth figure.
    expect(order('yoy', 'descending')).toEqual(['东莞', '深圳', '福州', '西安', '宁波', '金华']);
    expect(order('yoy', 'ascending')).toEqual(['西安', '福州', '深圳', '东莞', '宁波', '金华']);
  });

  it('sorts by rank change with "new" after real changes', () => {
    expect(order('change', 'descending')).toEqual(['东莞', '深圳', '西安', '宁波', '金华', '福州']);
  });

  it('sorts by name and by published rank', () => {
    expect(order('name', 'ascending')).toEqual(['东莞', '福州', '金华', '宁波', '深圳', '西安']);
    expect(order('published', 'ascending')).toEqual([
      '深圳',
      '宁波',
      '东莞',
      '金华',
      '西安',
      '福州',
    ]);
  });

  it('first click sorts best first', () => {
    expect(defaultDirection('rank')).toBe('ascending');
    expect(defaultDirection('yoy')).toBe('descending');
    expect(defaultDirection('name')).toBe('ascending');
  });
});
