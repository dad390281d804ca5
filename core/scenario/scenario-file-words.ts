/**
 * Problems of a scenario file in the reader's words and language: "冲击 1：百分比必须是数字",
 * "shock 1: percentage must be a number". The field names are the panel's (冲击, 弹性, 用户份额),
 * not the file's keys; numbers are 1-based as a person counts. Both languages live here, as the
 * presets' texts do, because the CLI (English) and the app (either) both word these problems.
 */
import type { FileProblem } from './scenario-file';

export type FileWordsLang = 'zh' | 'en';

type Words = Readonly<Record<string, string>>;

const SECTION: Readonly<Record<FileWordsLang, Words>> = {
  zh: {
    file: '文件',
    shocks: '冲击',
    elasticities: '弹性',
    monteCarlo: '蒙特卡洛',
    ranges: '蒙特卡洛范围',
    shareOverrides: '用户份额',
    proxyRange: '代理范围',
    name: '名称',
    year: '基准年',
    level: '层级',
    schemaVersion: '文件版本',
  },
  en: {
    file: 'the file',
    shocks: 'shock',
    elasticities: 'elasticities',
    monteCarlo: 'Monte Carlo',
    ranges: 'Monte Carlo range',
    shareOverrides: 'user share',
    proxyRange: 'proxy range',
    name: 'name',
    year: 'base year',
    level: 'level',
    schemaVersion: 'schemaVersion',
  },
};

const FIELD: Readonly<Record<FileWordsLang, Words>> = {
  zh: {
    dimension: '维度',
    category: '类别',
    flow: '流向',
    pct: '百分比',
    share: '份额',
    incomeElasticity: '收入弹性 ε_Y',
    priceElasticity: '价格弹性 ε_P',
    processingImportContent: '加工出口的进口含量 κ',
    draws: '抽样次数',
    seed: '随机种子',
    ranges: '范围',
    param: '参数',
    min: '最小值',
    max: '最大值',
    distribution: '分布',
    mode: '峰值',
    code: '代码',
    basis: '份额基数',
    low: '下限倍数',
    high: '上限倍数',
    own_earlier: '本地较早年份',
    province: '省级代理',
    national: '全国代理',
    value: '值',
  },
  en: {
    dimension: 'dimension',
    category: 'category',
    flow: 'flow',
    pct: 'percentage',
    share: 'share',
    incomeElasticity: 'income elasticity ε_Y',
    priceElasticity: 'price elasticity ε_P',
    processingImportContent: 'import content of processing exports κ',
    draws: 'draws',
    seed: 'seed',
    ranges: 'ranges',
    param: 'parameter',
    min: 'min',
    max: 'max',
    distribution: 'distribution',
    mode: 'peak',
    code: 'code',
    basis: 'basis',
    low: 'low factor',
    high: 'high factor',
    own_earlier: 'own earlier year',
    province: 'province proxy',
    national: 'national proxy',
    value: 'value',
  },
};

type Detail = FileProblem['detail'] & { field: string };
type Message = (d: Detail) => string;

const MESSAGES: Readonly<Record<FileWordsLang, Readonly<Record<FileProblem['code'], Message>>>> = {
  zh: {
    json: (d) => `不是有效的 JSON（第 ${d.line} 行，第 ${d.column} 列）`,
    too_deep: (d) => `嵌套超过 ${d.max} 层（第 ${d.line} 行，第 ${d.column} 列），不是情景文件`,
    not_object: () => '情景文件必须是一个 JSON 对象',
    version_missing: () => '缺少文件版本（schemaVersion）',
    version: (d) => `不支持的文件版本 ${d.value}：本版本读取 ${d.expected?.join('、')}`,
    missing: (d) => `${d.field}缺失`,
    unknown_field: (d) => `未知字段“${d.value}”`,
    not_number: (d) => `${d.field}必须是数字`,
    not_integer: (d) => `${d.field}必须是整数`,
    not_text: (d) => `${d.field}必须是文字`,
    not_list: (d) => `${d.field}必须是列表`,
    not_object_field: (d) => `${d.field}格式不对`,
    empty: (d) => `${d.field}不能为空`,
    too_many: (d) => `${d.field}超过 ${d.max} 项`,
    out_of_range: (d) => `${d.field} ${d.value} 超出范围 ${d.min}…${d.max}`,
    unknown_value: (d) =>
      `未知的${d.field}“${d.value}”${d.expected ? `（可用：${d.expected.join('、')}）` : ''}`,
    not_allowed: (d) => `${d.field}“${d.value}”在这里不适用（可用：${d.expected?.join('、')}）`,
    duplicate: (d) => `${d.value} 设置了两次`,
    min_above_max: (d) => `最小值 ${d.min} 大于最大值 ${d.max}`,
    mode_outside: (d) => `峰值 ${d.value} 不在 ${d.min}…${d.max} 之内`,
    bad_code: (d) => `${d.field}“${d.value}”不是6位行政区划代码`,
  },
  en: {
    json: (d) => `not valid JSON at line ${d.line}, column ${d.column}`,
    too_deep: (d) =>
      `nested more than ${d.max} levels deep (line ${d.line}, column ${d.column}): not a scenario file`,
    not_object: () => 'a scenario file must be a JSON object',
    version_missing: () => 'schemaVersion is missing',
    version: (d) =>
      `unsupported schemaVersion ${d.value}: this version of the app reads ${d.expected?.join(', ')}`,
    missing: (d) => `${d.field} is missing`,
    unknown_field: (d) => `unknown field '${d.value}'`,
    not_number: (d) => `${d.field} must be a number`,
    not_integer: (d) => `${d.field} must be a whole number`,
    not_text: (d) => `${d.field} must be text`,
    not_list: (d) => `${d.field} must be a list`,
    not_object_field: (d) => `${d.field} has the wrong form`,
    empty: (d) => `${d.field} is empty`,
    too_many: (d) => `${d.field} has more than ${d.max} items`,
    out_of_range: (d) => `${d.field} ${d.value} is outside ${d.min}…${d.max}`,
    unknown_value: (d) =>
      `unknown ${d.field} '${d.value}'${d.expected ? ` (expected one of ${d.expected.join(', ')})` : ''}`,
    not_allowed: (d) =>
      `${d.field} '${d.value}' is not allowed here (expected ${d.expected?.join(' or ')})`,
    duplicate: (d) => `${d.value} is set twice`,
    min_above_max: (d) => `min ${d.min} exceeds max ${d.max}`,
    mode_outside: (d) => `peak ${d.value} is outside ${d.min}…${d.max}`,
    bad_code: (d) => `${d.field} '${d.value}' is not a 6-digit division code`,
  },
};

/** Where a problem is, as a person names it: "冲击 1", "弹性", "用户份额 2", "the file". */
function location(path: FileProblem['path'], lang: FileWordsLang): { at: string; rest: string[] } {
  const words = SECTION[lang];
  const [first, ...rest] = path.map(String);
  if (first === undefined) return { at: words.file as string, rest: [] };
  if (first === 'monteCarlo' && rest[0] === 'ranges' && rest[1] !== undefined) {
    return { at: `${words.ranges} ${Number(rest[1]) + 1}`, rest: rest.slice(2) };
  }
  const name = Object.hasOwn(words, first) ? (words[first] as string) : `'${first}'`;
  const step = rest[0];
  if (first === 'proxyRange' && step !== undefined && Object.hasOwn(FIELD[lang], step)) {
    const word = FIELD[lang][step] as string;
    return { at: lang === 'zh' ? `${name}（${word}）` : `${name} (${word})`, rest: rest.slice(1) };
  }
  if (rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    return { at: `${name} ${Number(rest[0]) + 1}`, rest: rest.slice(1) };
  }
  return { at: name, rest };
}

/** One problem as a sentence in `lang`. */
export function describeFileProblem(p: FileProblem, lang: FileWordsLang): string {
  const { at, rest } = location(p.path, lang);
  const fields = FIELD[lang];
  const key = p.path[0] === 'shareOverrides' && rest.at(-1) === 'pct' ? 'share' : rest.at(-1);
  // A value of the file's own (its level) is "a value" of what the location names.
  const field =
    p.code === 'unknown_field' || key === undefined
      ? p.code === 'unknown_value'
        ? (fields.value as string)
        : ''
      : Object.hasOwn(fields, key)
        ? (fields[key] as string)
        : key;
  const text = MESSAGES[lang][p.code]({ ...p.detail, field }).trim();
  // A top-level problem that names its own field needs no location in front.
  const top = p.path.length === 1 && (p.code.startsWith('version') || p.code === 'unknown_field');
  if (p.path.length === 0 || top) return text;
  return lang === 'zh' ? `${at}：${text}` : `${at}: ${text}`;
}
