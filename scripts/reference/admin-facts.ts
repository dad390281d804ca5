/**
 * Reviewed administrative facts that no bundled package provides: NBS regions, coastal status,
 * provincial capitals, and name/code changes. Codes are GB/T 2260 (current).
 */
import type { Region } from '../../core/model';

/** NBS four-region scheme (东部/中部/西部/东北), keyed by the province's two-digit prefix. */
// prettier-ignore
export const REGION_BY_PROVINCE_PREFIX: Readonly<Record<string, Region>> = {
  '11': 'east', '12': 'east', '13': 'east', '31': 'east', '32': 'east',
  '33': 'east', '35': 'east', '37': 'east', '44': 'east', '46': 'east',
  '14': 'central', '34': 'central', '36': 'central', '41': 'central', '42': 'central',
  '43': 'central',
  '15': 'west', '45': 'west', '50': 'west', '51': 'west', '52': 'west', '53': 'west',
  '54': 'west', '61': 'west', '62': 'west', '63': 'west', '64': 'west', '65': 'west',
  '21': 'northeast', '22': 'northeast', '23': 'northeast',
};

/** The 11 coastal provincial units of the mainland (沿海省份). HK, Macau, Taiwan are outside it. */
// prettier-ignore
export const COASTAL_PROVINCES: ReadonlySet<string> = new Set([
  '210000', '130000', '120000', '370000', '320000', '310000',
  '330000', '350000', '440000', '450000', '460000',
]);

/**
 * City-level entities whose own territory borders the sea (not merely "in a coastal province").
 * Reviewed against each province's official list of coastal cities (e.g. Guangdong's 沿海14市,
 * Shandong's 沿海7市, Zhejiang's 沿海7市 including Hangzhou on Hangzhou Bay).
 */
// prettier-ignore
export const COASTAL_CITIES: ReadonlySet<string> = new Set([
  // Liaoning: Dalian, Dandong, Jinzhou, Yingkou, Panjin, Huludao
  '210200', '210600', '210700', '210800', '211100', '211400',
  // Hebei: Tangshan, Qinhuangdao, Cangzhou
  '130200', '130300', '130900',
  // Tianjin, Shanghai (city-level rows of the municipalities)
  '120100', '310100',
  // Shandong: Qingdao, Dongying, Yantai, Weifang, Weihai, Rizhao, Binzhou
  '370200', '370500', '370600', '370700', '371000', '371100', '371600',
  // Jiangsu: Nantong, Lianyungang, Yancheng
  '320600', '320700', '320900',
  // Zhejiang: Hangzhou, Ningbo, Wenzhou, Jiaxing, Shaoxing, Zhoushan, Taizhou
  '330100', '330200', '330300', '330400', '330600', '330900', '331000',
  // Fujian: Fuzhou, Xiamen, Putian, Quanzhou, Zhangzhou, Ningde
  '350100', '350200', '350300', '350500', '350600', '350900',
  // Guangdong: the 14 coastal cities
  '440100', '440300', '440400', '440500', '440700', '440800', '440900',
  '441300', '441500', '441700', '441900', '442000', '445100', '445200',
  // Guangxi: Beihai, Fangchenggang, Qinzhou
  '450500', '450600', '450700',
  // Hainan: Haikou, Sanya, Sansha, Danzhou, and the coastal county-level units
  '460100', '460200', '460300', '460400',
  '469002', '469005', '469006', '469007', '469023', '469024', '469026', '469027', '469028',
]);

/** Capitals of the 27 provinces and autonomous regions. Municipalities are not flagged. */
// prettier-ignore
export const PROVINCIAL_CAPITALS: ReadonlySet<string> = new Set([
  '130100', '140100', '150100', '210100', '220100', '230100', '320100', '330100', '340100',
  '350100', '360100', '370100', '410100', '420100', '430100', '440100', '450100', '460100',
  '510100', '520100', '530100', '540100', '610100', '620100', '630100', '640100', '650100',
]);

/** Former names and codes that now resolve to a current entity. Only changes we are sure of. */
export const FORMER_NAMES_AND_CODES: Readonly<
  Record<string, { names: readonly string[]; codes: readonly string[] }>
> = {
  '540200': { names: ['日喀则地区'], codes: ['542300'] },
  '540300': { names: ['昌都地区'], codes: ['542100'] },
  '540400': { names: ['林芝地区'], codes: ['542600'] },
  '540500': { names: ['山南地区'], codes: ['542200'] },
  '540600': { names: ['那曲地区'], codes: ['542400'] },
  '650400': { names: ['吐鲁番地区'], codes: ['652100'] },
  '650500': { names: ['哈密地区'], codes: ['652200'] },
  '630200': { names: ['海东地区'], codes: ['632100'] },
  '520500': { names: ['毕节地区'], codes: ['522400'] },
  '520600': { names: ['铜仁地区'], codes: ['522200'] },
  // 莱芜 was merged into 济南 in 2019; its old polygon (371200) belongs to 济南 now.
  '370100': { names: ['莱芜', '莱芜市'], codes: ['371200'] },
  // 儋州 became prefecture-level in 2015 (formerly a province-administered county-level city).
  '460400': { names: [], codes: ['469003'] },
  '420600': { names: ['襄樊', '襄樊市'], codes: [] },
  '530800': { names: ['思茅', '思茅市'], codes: [] },
};

/** Municipalities: province-level code → the code of their city-level entity. */
export const MUNICIPALITY_CITY_CODES: Readonly<Record<string, string>> = {
  '110000': '110100',
  '120000': '120100',
  '310000': '310100',
  '500000': '500100',
};

/** County-level cities reported on their own that are not province-administered. */
export const REPORTING_COUNTY_CITIES: Readonly<Record<string, { parentCode: string }>> = {
  '330782': { parentCode: '330700' }, // 义乌, under 金华
};
