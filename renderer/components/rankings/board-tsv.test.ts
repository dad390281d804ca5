import { describe, expect, it } from 'vitest';
import { rankingBoard, world, indexFullYears } from '../../../core/data';
import { boardTsv } from './board-tsv';

const labels = {
  rank: 'Rank',
  published: 'Published',
  change: 'Δ',
  name: 'Name',
  province: 'Province',
  value: 'Total',
  yoy: 'YoY',
  share: 'Share',
  source: 'Source',
};

describe('board TSV', () => {
  const board = rankingBoard(indexFullYears(world.dataset, world.reference), {
    year: 2025,
    baseYear: 2024,
    spanStart: 2023,
    level: 'city',
    metric: 'total',
  });

  it('writes a header and raw numbers, gaps as empty cells', () => {
    const lines = boardTsv(board.rows, 'total', labels, 'en').split('\n');
    expect(lines[0]).toBe(
      'Rank\tPublished\tΔ\tName (中文)\tName (English)\tProvince\tTotal (亿元)\tYoY (%)\tShare (%)\tSource',
    );
    // 深圳: 330 of 1210 = 27.27%
    expect(lines[1]).toBe('1\t1\t–\t深圳\tShenzhen\tGuangdong\t330\t3.1\t27.27\tS010');
    expect(lines[2]).toBe('2\t\t▲1\t东莞\tDongguan\tGuangdong\t160\t45.5\t13.22\tS001');
    expect(lines.at(-1)).toBe('\t\t\t福州\tFuzhou\tFujian\t\t-24\t\t');
  });

  it('marks the unit of derived metrics', () => {
    expect(boardTsv([], 'contribution', labels, 'zh-CN')).toContain('Total (pp)');
    expect(boardTsv([], 'yoy', labels, 'zh-CN')).toContain('Total (%)');
  });
});
