/**
 * The state of a view as a briefing pins it: every choice that shapes what the view shows (year,
 * level, metric, filters, classes, scenario assumptions…), never the figures themselves. A pin is
 * re-rendered from this on the data current when the briefing is opened, so it shows the same
 * view of newer data; `core/briefing/briefing-file.ts` notes when that data changed.
 */
import * as v from 'valibot';
import { BOARD_METRICS, MAP_METRICS, mapBaseYear } from '../data';

const year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));
const code = v.pipe(v.string(), v.regex(/^\d{6}$/, 'expected a six-digit code'));
const level = v.picklist(['city', 'province'] as const);
const direction = v.picklist(['ascending', 'descending'] as const);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const figuresPinSchema = v.strictObject({
  view: v.literal('figures'),
  year,
  /** Absent in briefings saved before the Figures view had a province level: cities. */
  level: v.optional(level),
  sort: v.strictObject({
    key: v.picklist(['name', 'province', 'total', 'exports', 'imports', 'total_yoy'] as const),
    direction,
  }),
});

export const sourcesPinSchema = v.strictObject({
  view: v.literal('sources'),
  query: text(200),
  kind: text(40),
});

export const rankingsPinSchema = v.strictObject({
  view: v.literal('rankings'),
  tab: v.picklist(['board', 'movers', 'history'] as const),
  level,
  metric: v.picklist(BOARD_METRICS),
  year,
  baseYear: year,
  spanStart: year,
  filter: v.strictObject({
    provinces: v.pipe(v.array(code), v.maxLength(40)),
    region: v.nullable(v.picklist(['east', 'central', 'west', 'northeast'] as const)),
    coast: v.nullable(v.picklist(['coastal', 'inland'] as const)),
    minTotal: v.nullable(v.pipe(v.number(), v.finite())),
    search: text(100),
  }),
  sort: v.strictObject({
    key: v.picklist([
      'rank',
      'published',
      'change',
      'name',
      'province',
      'value',
      'yoy',
      'share',
    ] as const),
    direction,
  }),
  currency: v.picklist(['CNY', 'USD'] as const),
  /** A CNY-per-USD rate the user typed for the year (null: the published or default rate). */
  userRate: v.nullable(v.pipe(v.number(), v.minValue(0.1), v.maxValue(100))),
  /** The entities of the rank history; null: the year's top 10 on the data of the day. */
  historyCodes: v.nullable(v.pipe(v.array(code), v.maxLength(30))),
});

export const mapPinSchema = v.strictObject({
  view: v.literal('map'),
  level,
  metric: v.picklist(MAP_METRICS),
  year,
  baseGap: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  spanStart: year,
  method: v.picklist(['quantile', 'equal', 'jenks', 'custom', 'continuous'] as const),
  classes: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(9)),
  customText: text(400),
  bubbles: v.boolean(),
  labelCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50)),
  compare: v.picklist(['off', 'sideBySide', 'difference'] as const),
  compareYear: year,
  focusProvince: v.nullable(code),
});

export const scenarioPinSchema = v.strictObject({
  view: v.literal('scenarios'),
  level,
  /** The scenario as a scenario file would save it (checked by its own parser on reading). */
  file: v.record(v.string(), v.unknown()),
  focus: v.nullable(code),
  sort: v.strictObject({
    key: v.picklist([
      'name',
      'baseline',
      'scenario',
      'delta',
      'deltaPct',
      'rank',
      'newRank',
      'mcP50',
    ] as const),
    direction,
  }),
  /** Whether the pinned view showed a Monte Carlo result (it is run again from the file's seed). */
  monteCarlo: v.boolean(),
});

export const cityPinSchema = v.strictObject({ view: v.literal('city'), code, year });

export const importPinSchema = v.strictObject({ view: v.literal('import') });

export const pinStateSchema = v.variant('view', [
  figuresPinSchema,
  sourcesPinSchema,
  rankingsPinSchema,
  mapPinSchema,
  scenarioPinSchema,
  cityPinSchema,
  importPinSchema,
]);

export type PinState = v.InferOutput<typeof pinStateSchema>;
export type PinView = PinState['view'];
export type PinOf<V extends PinView> = Extract<PinState, { view: V }>;
export const PIN_VIEWS: readonly PinView[] = [
  'figures',
  'sources',
  'rankings',
  'map',
  'scenarios',
  'city',
  'import',
];

/**
 * The years whose figures a pin shows (what "the data changed since pinning" is checked on).
 * `levelYears`, the years with data at the pin's level, place a map's base year where the map
 * puts it (mapBaseYear: the nearest year with data when `year − baseGap` has none).
 */
export function yearsOfPin(state: PinState, levelYears: readonly number[] = []): number[] {
  switch (state.view) {
    case 'figures':
    case 'city':
      return [state.year];
    case 'rankings':
      return [...new Set([state.year, state.baseYear, state.spanStart])];
    case 'map':
      return [
        ...new Set([
          state.year,
          mapBaseYear(levelYears, state.year, state.baseGap),
          state.spanStart,
          state.compareYear,
        ]),
      ];
    case 'scenarios': {
      const y = state.file.year;
      return typeof y === 'number' ? [y] : [];
    }
    case 'sources':
    case 'import':
      return [];
  }
}
