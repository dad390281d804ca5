import { defineMessages } from '../schema';

export default defineMessages({
  'zh-CN': {
    app: {
      title: '城市外贸图谱',
      subtitle: 'City Trade Atlas',
      language: '语言',
      theme: { light: '浅色', dark: '深色', toggle: '切换主题' },
      loading: '正在读取数据…',
      loadFailed: '数据读取失败：{message}',
      revision: '数据版本',
      dataAsOf: '数据截至 {date}',
      skipToMain: '跳到主要内容',
      help: '帮助',
      helpHint: '帮助：各视图、数据标记与键盘操作（F1）',
      bundled: '内置数据',
      recovered:
        '窗口内容意外停止（{reason}），已重新载入。已保存的数据不受影响；未保存的输入可能需要重新填写。',
      notice: {
        set_aside: '数据文件 {file} 已损坏或未写完，已移至 {keptAt}（未删除任何文件）。',
        left_in_place: '数据文件 {file} 已损坏或未写完，已跳过并保留在原处。',
        not_moved: '数据文件 {file} 已损坏或未写完，但无法移开，已跳过（仍在 {keptAt}）。',
        newer_format: '数据文件 {file} 由更新版本的程序写入，已保留在原处，本版本不使用它。',
        opened: '现已打开最近的完好版本：{opened}。',
      },
    },
    print: {
      button: '打印',
      meta: '打印于 {date} · 数据版本：{revision} · 每个数字后的编号为其来源，见文末来源列表。',
    },
    nav: {
      figures: '数据表',
      sources: '数据来源',
      rankings: '排行榜',
      map: '地图',
      import: '导入',
      scenarios: '情景',
      briefing: '简报',
      label: '视图',
    },
    source: {
      label: '来源',
      confirmedBy: '另见',
      alternates: '其他来源的数值',
      flag: '标记',
    },
    coverageOffer: '查看 {year} 年（{count} / {total} 有数据）',
    seriesBreak: {
      mark: '序列断点',
      hint: '两年的数值来自不同统计口径（{from} → {to}），变化不完全可比。',
      short: '口径不同的两年：变化不完全可比',
      family: {
        yearbook: '城市统计年鉴',
        nbs: '国家统计局分省数据',
        release: '海关发布/统计公报',
        import: '导入的文件',
        usd: '由美元换算',
      },
    },
    flag: {
      unit_slip: '单位错误',
      year_doubtful: '年份存疑',
      not_comparable: '口径不同',
      conflict: '来源冲突',
      low_reliability: '可靠性低',
      derived: '推算值',
    },
  },
  en: {
    app: {
      title: 'City Trade Atlas',
      subtitle: '城市外贸图谱',
      language: 'Language',
      theme: { light: 'Light', dark: 'Dark', toggle: 'Toggle theme' },
      loading: 'Loading data…',
      loadFailed: 'Could not load the data: {message}',
      revision: 'Data revision',
      dataAsOf: 'Data as of {date}',
      skipToMain: 'Skip to main content',
      help: 'Help',
      helpHint: 'Help: the views, data flags and keyboard (F1)',
      bundled: 'bundled data',
      recovered:
        "The window's content stopped unexpectedly ({reason}) and was reloaded. Saved data is not affected; input that was not saved may need to be entered again.",
      notice: {
        set_aside:
          'Data file {file} was damaged or half-written; it was moved to {keptAt} (nothing was deleted).',
        left_in_place:
          'Data file {file} was damaged or half-written; it was skipped and left in place.',
        not_moved:
          'Data file {file} was damaged or half-written but could not be moved aside; it was skipped (still at {keptAt}).',
        newer_format:
          'Data file {file} was written by a newer version of the app; it was left in place and is not used.',
        opened: ' Opened the newest intact revision: {opened}.',
      },
    },
    print: {
      button: 'Print',
      meta: 'Printed {date} · data revision: {revision} · the id beside each figure is its source, listed at the end.',
    },
    nav: {
      figures: 'Figures',
      sources: 'Sources',
      rankings: 'Rankings',
      map: 'Map',
      import: 'Import',
      scenarios: 'Scenarios',
      briefing: 'Briefing',
      label: 'Views',
    },
    source: {
      label: 'Source',
      confirmedBy: 'Also',
      alternates: 'Values from other sources',
      flag: 'Flag',
    },
    coverageOffer: 'Show {year} ({count} of {total} with data)',
    seriesBreak: {
      mark: 'break in series',
      hint: 'The two years come from different statistical series ({from} → {to}); the change is not fully like for like.',
      short: 'two series: the change is not fully like for like',
      family: {
        yearbook: 'City Statistical Yearbook',
        nbs: 'NBS provincial tables',
        release: 'customs releases / bulletins',
        import: 'imported file',
        usd: 'converted from USD',
      },
    },
    flag: {
      unit_slip: 'unit slip',
      year_doubtful: 'year doubtful',
      not_comparable: 'not comparable',
      conflict: 'sources conflict',
      low_reliability: 'low reliability',
      derived: 'derived',
    },
  },
});
