/** The app shell: command palette, settings, help, About, recent files. */
import { defineMessages } from '../schema';

export default defineMessages({
  'zh-CN': {
    palette: {
      title: '命令面板',
      button: '搜索',
      placeholder: '输入命令，或城市、省份名称（中文、英文、拼音）…',
      nothing: '没有与“{query}”相符的命令或地区',
      desktopOnly: '仅桌面版',
      level: { city: '城市', province: '省份' },
    },
    settings: {
      title: '设置',
      storedIn: '保存在 {file}',
      damaged: '设置文件无法使用，已改用默认设置：{reason}',
      language: '语言',
      theme: '主题',
      themes: { light: '浅色', dark: '深色', system: '跟随系统' },
      defaultYear: '默认年份',
      latestYear: '最新有数据的年份',
      defaultLevel: '默认层级',
      levels: { city: '城市', province: '省份' },
      usdRate: '美元汇率（人民币/美元）',
      usdRateNone: '不设置',
      usdRateHelp: '用于未单独设置汇率的年份；仅在选择以美元显示时使用。应用不会自行提供汇率。',
      usdRateBad: '请输入 0.1 至 100 之间的数字，例如 7.1。',
      numberFormat: '数字格式',
      formats: { scaled: '亿元 / 万亿元（按大小）', plain: '一律以亿元表示' },
      gainColors: '涨跌颜色',
      gainChoices: {
        auto: '随语言（中文红涨绿跌，英文绿涨红跌）',
        'red-up': '红涨绿跌',
        'green-up': '绿涨红跌',
      },
      dataFolder: '数据文件夹',
      showFolder: '在文件夹中显示',
      folderUnavailable: '浏览器中无法打开文件夹；请在桌面版中使用，或手动打开上面的路径。',
      reset: '恢复默认设置',
    },
    help: {
      title: '帮助',
      intro: '城市外贸图谱按城市展示中国对外贸易：每个数字都注明来源，缺失的数据显示为空缺。',
      views: {
        figures: '内置数据表：每个城市、每年的进出口、出口、进口及增速，附来源编号。',
        sources: '每个引用的来源及其支持的数字。',
        rankings: '按年份排名、名次变化、排名历史，点击城市查看详情。',
        map: '城市或省份的分级设色图、气泡、时间轴与对比。',
        import: '导入海关或统计局的年度表格：逐步校验，每次导入都成为可撤销的新版本。',
        scenarios: '需求冲击情景：龙卷风图、盈亏平衡与蒙特卡洛模拟。',
        briefing:
          '简报：在任何视图点“添加到简报”，排列顺序、写标题和说明，再打印或存为一个 PDF（封面、目录、各节与合并的来源列表）。',
      },
      palette: '按 Ctrl+K（macOS 上为 ⌘K）打开命令面板，可搜索所有命令和城市、省份。',
      flagsTitle: '数据标记的含义',
      flagsIntro:
        '每个数字旁的来源编号（如 S093）指向“来源”视图中的出处；悬停或聚焦编号可看标题、发布者与日期。编号旁的标记说明这个数字需要留意：',
      flags: {
        unit_slip: '原文单位疑似有误（如把万元写成亿元），已按说明更正或存疑。',
        year_doubtful: '原文的年份不确定，可能是另一年的数字。',
        not_comparable: '与其他年份或城市的统计口径不同，比较时需谨慎。',
        conflict: '不同来源给出不同数值；显示的是优先级最高的来源，其余列为备选。',
        low_reliability: '来源可靠性较低（如自媒体转述），未找到更权威的出处。',
        derived: '不是直接公布的数字，而是推算（如出口加进口、按公布汇率由美元换算）。',
      },
      gap: '“无公布数据”或“—”表示没有找到公布的数字：空缺就是空缺，从不以 0 代替。',
      keysTitle: '键盘操作',
      keys: {
        tab: 'Tab / Shift+Tab：在控件之间移动；页面第一个 Tab 停靠点是“跳到主要内容”。',
        enter: 'Enter 或空格：按下按钮；在城市名称上打开城市详情。',
        esc: 'Esc：关闭弹出的菜单、下拉框、来源说明、对话框和城市详情。',
        f1: 'F1：打开本帮助。',
      },
      desktopOnly: '仅桌面版',
      unavailable: '尚未推出',
    },
    about: {
      version: '版本',
      runtime: '运行环境',
      webMode: '浏览器模式（Node {node}）',
      revision: '数据版本',
      bundledDate: '内置数据日期',
      licences: '数据、地图与字体的许可',
      close: '关闭',
    },
    recent: {
      title: '最近打开的文件',
      kind: { scenario: '情景', recipe: '导入配方', briefing: '简报' },
      missing: '无法打开 {name}：{reason}',
      recipeApplied: '已应用导入配方 {name}',
      recipeInvalid: '导入配方 {name} 无法使用：{reason}',
      briefingInvalid: '简报 {name} 无法使用，详见简报页。',
    },
    nav: { settings: '设置', help: '帮助' },
  },
  en: {
    palette: {
      title: 'Command palette',
      button: 'Search',
      placeholder: 'Type a command, or a city or province (Chinese, English or pinyin)…',
      nothing: 'No command or place matches “{query}”',
      desktopOnly: 'desktop app only',
      level: { city: 'City', province: 'Province' },
    },
    settings: {
      title: 'Settings',
      storedIn: 'Kept in {file}',
      damaged: 'The settings file could not be used, so the defaults are in effect: {reason}',
      language: 'Language',
      theme: 'Theme',
      themes: { light: 'Light', dark: 'Dark', system: 'As the system' },
      defaultYear: 'Default year',
      latestYear: 'Latest year with data',
      defaultLevel: 'Default level',
      levels: { city: 'Cities', province: 'Provinces' },
      usdRate: 'USD rate (CNY per USD)',
      usdRateNone: 'none',
      usdRateHelp:
        'Used for years without a rate of their own, and only when amounts are shown in dollars. The app never supplies a rate.',
      usdRateBad: 'Enter a number from 0.1 to 100, such as 7.1.',
      numberFormat: 'Number format',
      formats: { scaled: 'billion / trillion by size', plain: 'always in billions' },
      gainColors: 'Gain and loss colours',
      gainChoices: {
        auto: 'By language (Chinese: red up, green down; English: green up, red down)',
        'red-up': 'Red up, green down',
        'green-up': 'Green up, red down',
      },
      dataFolder: 'Data folder',
      showFolder: 'Show in folder',
      folderUnavailable:
        'A browser cannot open folders: use the desktop app, or open the path above yourself.',
      reset: 'Reset to defaults',
    },
    help: {
      title: 'Help',
      intro:
        "City Trade Atlas shows China's foreign trade city by city: every figure carries its source, and a gap is shown as a gap.",
      views: {
        figures:
          'The bundled table: total trade, exports, imports and growth per city and year, with source ids.',
        sources: 'Every cited source and the figures it backs.',
        rankings: 'Rankings by year, movers, rank history; click a city for its detail.',
        map: 'City or province choropleth, bubbles, a time slider and comparisons.',
        import:
          'Import a customs or statistics table, checked step by step; every import is a new revision you can undo.',
        scenarios: 'Demand-shock scenarios, tornado, breakeven and Monte Carlo.',
        briefing:
          'Briefings: "Add to briefing" on any view, order the pins, give each a heading and notes, then print or save one PDF (cover, contents, sections, one merged sources list).',
      },
      palette:
        'Ctrl+K (⌘K on macOS) opens the command palette: every command, every city and province.',
      flagsTitle: 'What the data flags mean',
      flagsIntro:
        'The source id beside each figure (such as S093) points to its entry in the Sources view; hover or focus it for the title, publisher and date. A flag beside the id says the figure needs care:',
      flags: {
        unit_slip:
          'The original printed a unit that looks wrong (万元 for 亿元, say); corrected as noted, or held in doubt.',
        year_doubtful: 'The year of the original is uncertain: the figure may be for another year.',
        not_comparable:
          'Measured on a different basis from other years or cities: compare with care.',
        conflict:
          'Sources disagree; the highest-priority one is shown, the others are listed as alternates.',
        low_reliability: 'A weak source (a media repost, say) with no better one found.',
        derived:
          'Not printed but worked out (exports plus imports, or dollars at the published rate).',
      },
      gap: '"no published figure" or "—" means no published figure was found: a gap stays a gap, never a zero.',
      keysTitle: 'Keyboard',
      keys: {
        tab: 'Tab / Shift+Tab: move between controls; the first Tab stop of the page is "Skip to main content".',
        enter: 'Enter or Space: press a button; on a city name, open the city detail.',
        esc: 'Esc: close a popup menu, dropdown, source note, dialog or the city detail.',
        f1: 'F1: open this help.',
      },
      desktopOnly: 'desktop app only',
      unavailable: 'not built yet',
    },
    about: {
      version: 'Version',
      runtime: 'Runtime',
      webMode: 'browser (web mode), Node {node}',
      revision: 'Data revision',
      bundledDate: 'Bundled data date',
      licences: 'Licences of the bundled data, map and fonts',
      close: 'Close',
    },
    recent: {
      title: 'Recent files',
      kind: { scenario: 'scenario', recipe: 'import recipe', briefing: 'briefing' },
      missing: '{name} could not be opened: {reason}',
      recipeApplied: 'Import recipe {name} applied',
      recipeInvalid: 'Import recipe {name} cannot be used: {reason}',
      briefingInvalid: 'Briefing {name} cannot be used; see the briefing view.',
    },
    nav: { settings: 'Settings', help: 'Help' },
  },
});
