/**
 * The small hand-made world the ranking tests share. Every expected number in the tests is
 * computed by hand from these figures (in the comments next to each assertion).
 */
import { synthCities } from './synth-fixtures';

export const world = synthCities({
  years: [2023, 2024, 2025],
  national: { total: [1000, 1100, 1210] },
  provinces: [
    {
      code: '440000',
      zh: '广东',
      en: 'Guangdong',
      region: 'east',
      coastal: true,
      total: [400, 440, 500],
    },
    { code: '330000', zh: '浙江', en: 'Zhejiang', region: 'east', coastal: true },
    { code: '610000', zh: '陕西', en: 'Shaanxi', region: 'west' },
    { code: '350000', zh: '福建', en: 'Fujian', region: 'east', coastal: true },
  ],
  cities: [
    {
      code: '440300',
      zh: '深圳',
      en: 'Shenzhen',
      province: '440000',
      total: [300, 320, 330],
      exports: [200, 210, 220],
      imports: [100, 110, 110],
      total_yoy: [null, 6.7, 3.1],
      ranks: [1, 1, 1],
      source: 'S010',
    },
    {
      code: '441900',
      zh: '东莞',
      en: 'Dongguan',
      province: '440000',
      total: [100, 110, 160],
      total_yoy: [null, 10, 45.5],
    },
    {
      code: '330200',
      zh: '宁波',
      en: 'Ningbo',
      province: '330000',
      total: [120, null, 150],
      ranks: [null, 5, 4],
    },
    {
      code: '610100',
      zh: '西安',
      en: "Xi'an",
      pinyin: 'xian',
      province: '610000',
      total: [null, 120, 80],
      total_yoy: [null, null, -33.3],
    },
    {
      code: '330700',
      zh: '金华',
      en: 'Jinhua',
      province: '330000',
      total: [null, null, 110],
      gaps: [null, 'rank 10 only', null],
    },
    {
      code: '350100',
      zh: '福州',
      en: 'Fuzhou',
      province: '350000',
      total_yoy: [null, null, -24],
      gaps: [null, null, 'growth only'],
    },
    { code: '610400', zh: '咸阳', en: 'Xianyang', province: '610000', total: [10, 12, null] },
  ],
});
