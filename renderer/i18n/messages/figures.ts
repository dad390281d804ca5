import { defineMessages } from '../schema';

export default defineMessages({
  'zh-CN': {
    figures: {
      heading: '{year}年城市进出口',
      headingProvince: '{year}年各省进出口',
      caption: '{year}年各城市货物贸易进出口（全年，内置数据）',
      captionProvince: '{year}年各省份货物贸易进出口（全年，内置数据）',
      level: '层级',
      levels: { city: '城市', province: '省份' },
      col: {
        name: '城市',
        nameProvince: '省份',
        province: '省份',
        total: '进出口',
        exports: '出口',
        imports: '进口',
        yoy: '同比',
        source: '来源',
      },
      gap: '无公布数据',
      dashNote: '“—”表示没有公布的数字（不是零）；指向该格可见原因。',
      year: '年份',
    },
  },
  en: {
    figures: {
      heading: 'City trade, {year}',
      headingProvince: 'Provincial trade, {year}',
      caption: 'Goods trade by city, full year {year} (bundled data)',
      captionProvince: 'Goods trade by province, full year {year} (bundled data)',
      level: 'Level',
      levels: { city: 'Cities', province: 'Provinces' },
      col: {
        name: 'City',
        nameProvince: 'Province',
        province: 'Province',
        total: 'Total trade',
        exports: 'Exports',
        imports: 'Imports',
        yoy: 'YoY',
        source: 'Source',
      },
      gap: 'no published figure',
      dashNote: '“—” means no published figure (not zero); point at the cell to see why.',
      year: 'Year',
    },
  },
});
