/**
 * 每个导入问题的中文表述：说明哪里不对、该怎么做。类型保证不漏掉任何代码。
 */
import type { EntityRef, SlipEvidence } from './problem-codes';
import { countText, fileSize, plainNumber } from './problem-text-kit';
import type { ProblemTemplates, TextKit } from './problem-text-kit';
import type { ImportField } from './types';

const CELL_REASONS = {
  text: '是文字，不是数字',
  commas: '中的逗号不是千位分隔符',
  negative_twice: '带了两个负号',
  out_of_range: '超出数值范围',
  spreadsheet_error: '是电子表格的错误值',
  boolean: '是“是/否”值',
  date: '是日期，不是数字',
  not_finite: '不是有限数值',
} as const;

const NO_FIGURE_ADVICE = (k: TextKit) => ({
  no_year: `找不到这些行的年份；请指定年份${k.cli('--year 2025')}或加一列“年份”`,
  no_unit: `找不到金额单位；请选择单位${k.cli('--unit 亿元')}`,
  no_value_columns: `没有任何一列是贸易金额；请在列映射中指定${k.cli('--map C=total')}`,
  no_name_column: `没有地名列；请在列映射中指定${k.cli('--map A=name')}`,
  all_unresolved: '没有一个名称能对应到已知地区；请检查名称列或教会别名',
  all_rows_refused: '所有数值都被拒绝（见上方问题）；请修正这些单元格',
  no_data_rows: '表头下没有数据行',
  other_errors: '上方的错误阻止了导入；请先修正',
});

const UNIT_WORD = { CNY: '亿元', USD: '亿美元' } as const;

export const ZH: ProblemTemplates = {
  empty_file: () => '文件中没有任何行。',
  binary_file: () => '这不是文本表格（含有二进制数据）。请在 Excel 中打开并另存为 .xlsx 或 CSV。',
  encoding_fallback: (p) =>
    `文件既不是有效的 UTF-8，也不是有效的 GB18030；已按 GB18030 读取，其中 ${p.replaced} 处无法解码的字节替换为“�”。如名称显示异常，请手动选择编码。`,
  encoding_replaced: (p) =>
    `有 ${p.count} 处字节不是有效的 ${p.encoding}，已替换为“�”；文件可能是其他编码${p.bom ? `（文件头标记为 ${p.bom}）` : ''}。`,
  encoding_truncated: (p) =>
    `文件在一个 UTF-8 字符中间结束（丢弃了 ${p.bytes} 个多余字节），文件可能不完整。`,
  unclosed_quote: () => '单元格以引号（"）开头但没有闭合；该引号按普通字符读取。',
  cell_too_long: (p, k) => `单元格有 ${k.int(p.length)} 个字符（上限 ${k.int(p.limit)}），未读取。`,
  too_many_rows: (p, k) => `表格超过 ${k.int(p.limit)} 行。请拆分文件。`,
  too_many_cells: (p, k) => `表格超过 ${k.int(p.limit)} 个单元格。请删除无用的列或拆分文件。`,
  not_found: (p) => (p.folder ? '这是文件夹，不是文件。' : '文件不存在或无法打开。'),
  too_large: (p, k) =>
    `文件大小为 ${k.size(p.size)}，上限为 ${k.size(p.limit)}。请拆分文件或删除无用的工作表。`,
  empty: () => '文件是空的（0 字节）。',
  not_a_table: () =>
    '不是表格文件：文件含有二进制数据（图片、压缩包或文档？）。请选择 .xlsx、.csv 或 .tsv 文件。',
  legacy_xls: () =>
    '这是旧版 Excel 文件（.xls，或有密码保护的工作簿）。请在 Excel 或 WPS 中打开，另存为不加密的 .xlsx 后再导入。',
  pdf: () => '这是 PDF，不是表格。请先把表格导出为 Excel 或 CSV。',
  truncated: (p) =>
    `无法读取：${p.detail}。文件可能不完整或已损坏；请重新复制，或在 Excel 中另存一次。`,
  zip_bomb: (p, k) =>
    p.ratio !== null
      ? `无法读取：部件“${p.part}”解压后会膨胀 ${p.ratio} 倍（达到 ${k.size(p.size)}），上限为 ${p.limit} 倍。`
      : p.part !== null
        ? `无法读取：部件“${p.part}”解压后超过它声明的大小或 ${k.size(p.limit)} 的上限。`
        : `无法读取：解压后会达到 ${k.size(p.size)}，上限为 ${k.size(p.limit)}。`,
  sheet_too_large: (p, k) =>
    `无法读取：工作表部件“${p.part}”声称单元格一直延伸到 ${p.ref}（${k.int(p.rows)} 行 × ${k.int(p.columns)} 列，共 ${k.int(p.cells)} 个单元格），上限为 ${k.int(p.limit)}。请在 Excel 中删除远处的单元格（Ctrl+End 可定位最后一个）后再保存。`,
  bad_cell_reference: (p) =>
    `无法读取：工作表部件“${p.part}”中有单元格地址“${p.ref}”，任何电子表格都不可能有这个地址（Excel 最大到 XFD1048576）。文件已损坏，或不是电子表格软件生成的。`,
  not_a_workbook: () =>
    '这个 zip 压缩包不是 Excel 工作簿（没有 xl/workbook.xml）。是否把 .docx 或其他压缩包改名成了 .xlsx？',
  read_failed: (p) => `无法读取工作簿（${p.detail}）。请在 Excel 中另存为 .xlsx。`,
  extension_mismatch: (p) =>
    p.readAs === 'xlsx'
      ? `文件名以“${p.extension}”结尾，但内容是 Excel 工作簿；已按 .xlsx 读取。`
      : `文件名以“${p.extension}”结尾，但内容是纯文本；已按 CSV 读取。`,
  no_header: () => '前 30 行中找不到表头（查找了“进出口”“出口”“进口”“城市”“地区”等字样）。',
  no_data_rows: () => '表格有表头，但下面没有数据行。',
  sheet_not_found: (p, k) =>
    `没有名为“${p.sheet}”的工作表；现有工作表：${k.list(p.sheets.map((s) => `“${s}”`))}。`,
  unit_unknown: (_, k) =>
    `标题和表头中都没有金额单位（亿元、万元、亿美元……）；请选择单位${k.cli('--unit 亿元')}。`,
  unit_unrecognised: (p, k) =>
    `标明的单位“${p.phrase}”不是可识别的金额单位（亿元、万元、元、亿美元、万美元、千美元……）；请选择单位${k.cli('--unit')}。`,
  unit_conflict: (p, k) =>
    `标题行给出了不同的单位（${k.list(p.units)}）；请选择一个单位${k.cli('--unit')}。`,
  year_unknown: (_, k) =>
    `标题、工作表名、文件名和年份列中都找不到年份；请指定年份${k.cli('--year 2025')}。`,
  year_conflict: (p, k) =>
    `标题写的是 ${p.title} 年，文件名写的是 ${p.file} 年；采用 ${p.title} 年。如不对，请指定年份${k.cli('--year')}。`,
  partial_period: (p, k) =>
    `表格只覆盖 ${k.period(p.period)}，不是全年；数据按该时期（${p.period}）保存，不进入年度排名。`,
  totals_row: (p) => `“${p.printed}”是合计行，不导入。`,
  no_figures: (p, k) =>
    `${p.sheet !== null ? `工作表“${p.sheet}”` : '此文件'}没有得到任何数值：${NO_FIGURE_ADVICE(k)[p.reason]}。`,
  missing_name_column: (_, k) =>
    `没有城市名称或代码列（查找了“城市”“地区”“名称”“代码”等字样）。请在列映射中指定名称列${k.cli('--map A=name')}。`,
  missing_value_columns: (p, k) =>
    p.layout === 'wide'
      ? `没有贸易金额列（查找了“进出口”“出口”“进口”等字样）。请在列映射中指定金额列${k.cli('--map C=total')}。`
      : `长表需要一列指标（指标）和一列数值（数值）。请在列映射中指定${k.cli('--map B=indicator --map C=value')}。`,
  name_column_guessed: () => '没有表头标明城市列；这一列是文字，因此按城市名称读取。',
  value_column_guessed: (p, k) => `按“${k.field(p.field)}”读取，因为标题指明了该指标。`,
  growth_column_guessed: (p, k) =>
    `按“${k.field(p.field)}”读取：这是紧跟在 ${p.after} 列后面的增速列。`,
  duplicate_field: (p, k) =>
    `看起来也是“${k.field(p.field)}”，但 ${p.first} 列已经是该字段；此列暂被忽略。请在列映射中为它选择字段${k.cli('--map')}。`,
  bad_override: (p, k) => {
    switch (p.what) {
      case 'map_column':
        return `无法应用列映射 ${p.key}=${p.field}：表中没有“${p.key}”列；现有列：${k.list(p.columns)}。`;
      case 'map_field':
        return `无法应用列映射 ${p.key}=${p.field}：“${p.field}”不是可用字段。`;
      case 'unit':
        return `“${p.unit}”不是金额单位（可用：亿元、万元、元、亿美元、万美元、千美元）。`;
    }
  },
  not_a_number: (p) => `“${p.text}”${CELL_REASONS[p.reason]}；该单元格不导入。`,
  too_large_to_convert: (p, k) => `${k.num(p.value)} ${p.unit} 太大，无法换算；该单元格不导入。`,
  formula_without_value: () =>
    '单元格是公式，但文件没有保存计算结果。请在 Excel 中打开，等它计算完毕后再保存。',
  unresolved_name: (p, k) =>
    `“${p.printed}”不是已知城市${p.suggestions.length ? `；是否指 ${k.list(p.suggestions.map((e) => `${k.entity(e)}（${e.code}）`))}？` : '。'}教会别名后即可导入。`,
  ambiguous_name: (p, k) =>
    `“${p.printed}”可能是 ${k.list(p.candidates.map((e) => `${k.entity(e)}（${e.code}）`))}；请加代码列或教会别名。`,
  all_unresolved: (p) =>
    `${p.rows} 个名称都没有对应到已知城市。名称列是否正确${p.encoding ? `？文件的编码真的是 ${p.encoding} 吗` : ''}？`,
  unknown_indicator: (p) =>
    `指标“${p.indicator}”不是进出口、出口、进口（或其增速）；含此指标的行被跳过。`,
  bad_year: (p) => `“${p.text}”不是 1949–2100 之间的年份；该行被跳过。`,
  total_mismatch: (p, k) =>
    `${k.entity(p.entity)}进出口 ${k.num(p.total)} ≠ 出口 ${k.num(p.exports)} + 进口 ${k.num(p.imports)} = ${k.num(p.sum)}（相差 ${k.num(p.difference)}，超出四舍五入的范围）。`,
  yoy_mismatch: (p, k) =>
    `${k.entity(p.entity)}${k.metric(p.metric)}同比印作 ${p.printed}%，但按已存的 ${p.year} 年数值 ${k.num(p.stored)} 计算是 ${p.computed.toFixed(1)}%（相差超过 ${p.tolerance} 个百分点）。`,
  unit_slip: (p, k) =>
    `${k.entity(p.entity)}${k.metric(p.metric)} ${k.money(p.value, p.currency)} 疑似单位错误：${p.evidence.map((e) => k.evidence(e, p.factor)).join('；')}。建议 ×${k.num(p.factor)} → ${k.num(p.to)}。可一键修正，或确认按原值导入。`,
  slip_accepted: (p, k) =>
    `${k.entity(p.entity)}${k.metric(p.metric)} ${k.money(p.value, p.currency)} 已确认按原值导入；新版本会记录这一确认。`,
  duplicate_entity: (p, k) =>
    p.same
      ? `${k.entity(p.entity)}再次出现（首次在第 ${p.first} 行），数值相同；此行跳过。`
      : `${k.entity(p.entity)}出现两次且数值不同（第 ${p.first} 行和本行）；删除其中一行之前都不导入。`,
  negative_value: (p, k) =>
    `${k.entity(p.entity)}${k.metric(p.metric)}为负数（${k.num(p.value)}）；贸易额不可能小于零。不导入。`,
  value_out_of_range: (p, k) =>
    `${k.entity(p.entity)}${k.metric(p.metric)} ${k.money(p.value, p.currency)} 超出${k.level(p.entity.level)}可能的数值范围（超过 ${k.money(p.limit, p.currency)}）。不导入；请检查单位和该单元格。`,
  yoy_out_of_range: (p, k) =>
    p.bound === 'low'
      ? `${k.entity(p.entity)}${k.metric(p.metric)}同比 ${p.yoy}% 低于 −100%，这不可能。不导入。`
      : `${k.entity(p.entity)}${k.metric(p.metric)}同比 ${p.yoy}% 高得不合常理；请检查该列。`,
  changes_existing: (p, k) =>
    `${k.entity(p.entity)} ${p.year} 年${k.metric(p.metric)}：${k.num(p.from)} → ${k.num(p.to)}（替换来源 ${p.source}）。`,
  total_row_sum: (p, k) =>
    `${p.members} 个${k.level(p.memberLevel)}的${k.metric(p.metric)}合计为 ${k.num(p.sum)}；合计行（${k.entity(p.total)}）为 ${k.num(p.printed)}（相差 ${k.num(p.difference)}，${p.pct.toFixed(1)}%）${p.pct > 5 ? '。相差超过 5%：是否缺了行，或有数值出错？' : '。'}`,
  total_row_unplaced: (p) =>
    `“${p.printed}”是合计行，但从下面的行看不出它合计的是哪个省或市；不导入。`,
  fix_applied: (p, k) =>
    p.applied
      ? `${p.printed}${k.metric(p.metric)}：已 ×${k.num(p.factor)}，${k.num(p.from)} → ${k.num(p.to)}。`
      : `建议的 ×${k.num(p.factor)} 未应用：该数值已不再是 ${k.num(p.from)}。`,
  recipe_mismatch: (p, k) =>
    p.kind === 'column'
      ? `配方中的列“${p.column}”（${k.field(p.field)}）在此文件中不存在；请检查列映射。`
      : `此文件标明的单位是${p.file}，配方保存时是${p.recipe}；采用${p.file}。`,
  usd_kept: (p) =>
    `数值单位是${p.unit}；按公布的美元数值保存（亿美元），仅在有来源的年度汇率时换算为亿元（标为推算）。`,
  more_problems: (p, k) => `……另有 ${k.int(p.count)} 个同类问题。`,
};

/** The import fields in Chinese: the wizard's column labels and the problems' words alike. */
export const FIELD_WORDS_ZH: Record<ImportField, string> = {
  name: '名称',
  code: '代码',
  total: '进出口',
  exports: '出口',
  imports: '进口',
  total_yoy: '进出口同比',
  exports_yoy: '出口同比',
  imports_yoy: '进口同比',
  indicator: '指标',
  value: '数值',
  yoy: '同比',
  year: '年份',
  rank: '排名',
  ignore: '忽略',
};
const FIELDS: Record<string, string> = FIELD_WORDS_ZH;
const METRICS = { total: '进出口', exports: '出口', imports: '进口' } as const;
const LEVELS = { national: '全国', province: '省份', city: '城市', county_city: '县级市' } as const;
const MONTHS: Record<string, string> = {
  Jan: '1',
  Feb: '2',
  Mar: '3',
  Apr: '4',
  May: '5',
  Jun: '6',
  Jul: '7',
  Aug: '8',
  Sep: '9',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** 'Jan-Jun' → 1–6月, 'Dec' → 12月. */
function period(p: string): string {
  if (p === 'full_year') return '全年';
  const [from, to] = p.split('-');
  if (to) return `${MONTHS[from!] ?? from}–${MONTHS[to] ?? to}月`;
  return `${MONTHS[p] ?? p}月`;
}

const entity = (e: EntityRef): string => e.zh;

function evidence(e: SlipEvidence, factor: number): string {
  const n = plainNumber;
  switch (e.ref) {
    case 'same_year':
      return `已存的同年数值为 ${n(e.stored)}（来源 ${e.source}）`;
    case 'previous_year':
      return `${e.year} 年为 ${n(e.stored)}，×${n(factor)} 后增长 ${e.growth.toFixed(1)}%`;
    case 'printed_growth':
      return `旁边印的同比是 ${e.printed}%，但按 ${e.year} 年的 ${n(e.stored)} 计算，该值意味着 ${e.implied.toFixed(1)}%`;
    case 'rank_neighbours':
      return `×${n(factor)} 后正好落在表中相邻两行之间（第 ${e.above} 行和第 ${e.below} 行）`;
    case 'total_row':
      return `各行合计 ${n(e.sum)}，而第 ${e.row} 行合计行为 ${n(e.total)}，修正后合计 ${n(e.fixedSum)}`;
    case 'share':
      return `它将占${entity(e.parent)}的 ${e.now.toFixed(1)}%，而通常占 ${e.usual.toFixed(1)}%（${e.usualYear} 年）`;
  }
}

export const ZH_KIT: TextKit = {
  num: plainNumber,
  int: countText,
  size: fileSize,
  money: (v, currency) => `${plainNumber(v)} ${UNIT_WORD[currency]}`,
  entity,
  metric: (m) => METRICS[m],
  field: (f) => FIELDS[f] ?? f,
  level: (l) => LEVELS[l],
  period,
  list: (items) => items.join('、'),
  evidence,
  cli: () => '',
};
