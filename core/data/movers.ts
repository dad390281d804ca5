/**
 * Movers between a base year and a year, from published figures only: rank climbers and
 * fallers, fastest growth and sharpest decline (published growth rates), entities crossing a size
 * threshold (the 万亿 club at 10000亿, 5000亿), overtakes, and changes in published ranks.
 * Where the base year has no figure the answer is "no base-year figure", never an inference.
 */
import type { Adcode, Cell, Entity } from '../model';
import { publishedRankCell, publishedRankScope } from './rank';
import { rankingBoard, type BoardRow } from './ranking-board';
import { isSeriesBreak } from './series';
import { codesWithRecord, figureAt, recordAt, type FullYearIndex } from './year-index';

/** Thresholds the seed article calls out, in 亿元: the 万亿 club and 5000亿. */
export const SIZE_THRESHOLDS = [10_000, 5_000] as const;

export interface MoversOptions {
  year: number;
  baseYear: number;
  level: 'city' | 'province';
  /** Length of each list (default 5). */
  limit?: number;
}

export interface RankMover {
  row: BoardRow;
  /** Places gained (positive) or lost (negative) in total-trade rank, like for like. */
  places: number;
  /**
   * Who it went past (climbers) or who went past it (fallers), ties broken included: the same
   * pairs the overtakes list, so the panels tell one story.
   */
  passed: Entity[];
  /** The two totals come from different series (core/data/series.ts). */
  seriesBreak: boolean;
  /** The totals the move rests on (the year's, then the base year's), one per source. */
  cells: Cell[];
}

export interface GrowthMover {
  entity: Entity;
  yoy: Cell;
}

export type ThresholdStatus = 'entered' | 'stayed' | 'left' | 'no_base' | 'no_current';
export interface ThresholdCrossing {
  entity: Entity;
  status: ThresholdStatus;
  /** Total in the year and in the base year (亿元); null where not published. */
  now: number | null;
  base: number | null;
  /** The two totals come from different series (core/data/series.ts). */
  seriesBreak: boolean;
  /** The published totals shown (the year's, then the base year's), one per source. */
  cells: Cell[];
}
export interface ThresholdReport {
  threshold: number;
  crossings: ThresholdCrossing[];
}

export interface Overtake {
  /**
   * `overtook`: smaller in the base year, larger now; `pulledAhead`: level in the base year
   * (a shared rank), larger now — a tie broken moves ranks just as an overtake does.
   */
  kind: 'overtook' | 'pulledAhead';
  /** The entity that is larger now. */
  winner: Entity;
  loser: Entity;
  winnerNow: number;
  loserNow: number;
  winnerBase: number;
  loserBase: number;
  /** Either entity's two totals come from different series (core/data/series.ts). */
  seriesBreak: boolean;
  /** The four totals compared, one per source. */
  cells: Cell[];
}

export interface PublishedRankMove {
  entity: Entity;
  baseRank: number;
  rank: number;
  /** The two stated ranks as cells (value = rank), one per source. */
  cells: Cell[];
}

/**
 * The cells behind a value shown on screen, one per source (and flag, and way of deriving), in
 * order: what its source chips name. Missing cells are skipped.
 */
export function sourceCells(...cells: (Cell | null | undefined)[]): Cell[] {
  const seen = new Set<string>();
  const out: Cell[] = [];
  for (const c of cells) {
    if (!c) continue;
    const key = `${c.sourceId}|${c.flag ?? ''}|${c.derivation?.kind ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

export interface Movers {
  climbers: RankMover[];
  fallers: RankMover[];
  fastest: GrowthMover[];
  sharpest: GrowthMover[];
  thresholds: ThresholdReport[];
  overtakes: Overtake[];
  publishedRankMoves: PublishedRankMove[];
  /** Entities with a total in the year and none in the base year (nothing to compare). */
  noBaseFigure: Entity[];
}

const byCode = (a: { entity: Entity }, b: { entity: Entity }) =>
  a.entity.code < b.entity.code ? -1 : 1;

/**
 * Who is in, entered, left or cannot be placed relative to `threshold`. Entities at or above the
 * next threshold up (10000亿 for the 5000亿 report) are left to that report, so the 5000亿 list
 * is about the cities around 5000亿, not a repeat of the 万亿 club.
 */
function thresholdReport(
  index: FullYearIndex,
  codes: Adcode[],
  o: MoversOptions,
  threshold: number,
): ThresholdReport {
  const upper = Math.min(...SIZE_THRESHOLDS.filter((t) => t > threshold), Infinity);
  const crossings: ThresholdCrossing[] = [];
  for (const code of codes) {
    const nowCell = figureAt(index, code, o.year, 'total');
    const baseCell = figureAt(index, code, o.baseYear, 'total');
    const now = nowCell?.value ?? null;
    const base = baseCell?.value ?? null;
    if ((now ?? base ?? 0) >= upper) continue;
    let status: ThresholdStatus | null = null;
    if (now != null && now >= threshold) {
      status = base == null ? 'no_base' : base >= threshold ? 'stayed' : 'entered';
    } else if (base != null && base >= threshold) {
      status = now == null ? 'no_current' : 'left';
    }
    if (status) {
      const seriesBreak = isSeriesBreak(index, nowCell, baseCell);
      crossings.push({
        entity: index.entities.get(code)!,
        status,
        now,
        base,
        seriesBreak,
        cells: sourceCells(nowCell, baseCell),
      });
    }
  }
  crossings.sort((a, b) => (b.now ?? b.base ?? 0) - (a.now ?? a.base ?? 0));
  return { threshold, crossings };
}

function overtakes(index: FullYearIndex, codes: Adcode[], o: MoversOptions): Overtake[] {
  const both = codes.flatMap((code) => {
    const now = figureAt(index, code, o.year, 'total');
    const base = figureAt(index, code, o.baseYear, 'total');
    if (!now || !base) return [];
    const seriesBreak = isSeriesBreak(index, now, base);
    return [
      {
        entity: index.entities.get(code)!,
        now: now.value,
        base: base.value,
        seriesBreak,
        nowCell: now,
        baseCell: base,
      },
    ];
  });
  const found: Overtake[] = [];
  for (const w of both) {
    for (const l of both) {
      if (w.now > l.now && w.base <= l.base && w.entity !== l.entity) {
        found.push({
          kind: w.base < l.base ? 'overtook' : 'pulledAhead',
          winner: w.entity,
          loser: l.entity,
          winnerNow: w.now,
          loserNow: l.now,
          winnerBase: w.base,
          loserBase: l.base,
          seriesBreak: w.seriesBreak || l.seriesBreak,
          cells: sourceCells(w.nowCell, l.nowCell, w.baseCell, l.baseCell),
        });
      }
    }
  }
  return found.sort((a, b) => b.winnerNow - a.winnerNow || b.loserNow - a.loserNow);
}

function publishedRankMoves(
  index: FullYearIndex,
  codes: Adcode[],
  o: MoversOptions,
): PublishedRankMove[] {
  const scope = publishedRankScope(o.level);
  const moves: PublishedRankMove[] = [];
  for (const code of codes) {
    const now = recordAt(index, code, o.year)?.ranks.find((r) => r.scope === scope);
    const base = recordAt(index, code, o.baseYear)?.ranks.find((r) => r.scope === scope);
    if (now && base && now.rank !== base.rank) {
      moves.push({
        entity: index.entities.get(code)!,
        baseRank: base.rank,
        rank: now.rank,
        cells: sourceCells(publishedRankCell(now), publishedRankCell(base)),
      });
    }
  }
  return moves.sort((a, b) => a.rank - b.rank);
}

/** All movers of a level between `baseYear` and `year` (see the module comment). */
export function movers(index: FullYearIndex, options: MoversOptions): Movers {
  const limit = options.limit ?? 5;
  const board = rankingBoard(index, { ...options, metric: 'total', spanStart: options.baseYear });
  const codes = [
    ...new Set([
      ...codesWithRecord(index, options.level, options.year),
      ...codesWithRecord(index, options.level, options.baseYear),
    ]),
  ].sort();
  // One pairwise computation explains every rank move: a climber went past (or pulled ahead of)
  // exactly the entities a faller lists as having gone past it.
  const allOvertakes = overtakes(index, codes, options);
  const passedBy = (code: string, role: 'winner' | 'loser') =>
    allOvertakes
      .filter((o) => o[role].code === code)
      .map((o) => (role === 'winner' ? o.loser : o.winner));
  const moved = board.rows.flatMap((row) =>
    row.change.kind === 'moved' && row.change.places !== 0
      ? [
          {
            row,
            places: row.change.places,
            passed: passedBy(row.code, row.change.places > 0 ? 'winner' : 'loser'),
            seriesBreak: !!row.change.seriesBreak,
            cells: sourceCells(
              figureAt(index, row.code, options.year, 'total'),
              figureAt(index, row.code, options.baseYear, 'total'),
            ),
          },
        ]
      : [],
  );
  const growth = board.rows.flatMap((row) =>
    row.yoy ? [{ entity: row.entity, yoy: row.yoy }] : [],
  );
  return {
    climbers: moved
      .filter((m) => m.places > 0)
      .sort((a, b) => b.places - a.places)
      .slice(0, limit),
    fallers: moved
      .filter((m) => m.places < 0)
      .sort((a, b) => a.places - b.places)
      .slice(0, limit),
    fastest: growth
      .filter((g) => g.yoy.value > 0)
      .sort((a, b) => b.yoy.value - a.yoy.value || byCode(a, b))
      .slice(0, limit),
    sharpest: growth
      .filter((g) => g.yoy.value < 0)
      .sort((a, b) => a.yoy.value - b.yoy.value || byCode(a, b))
      .slice(0, limit),
    thresholds: SIZE_THRESHOLDS.map((t) => thresholdReport(index, codes, options, t)),
    overtakes: allOvertakes.slice(0, limit * 2),
    publishedRankMoves: publishedRankMoves(index, codes, options),
    noBaseFigure: board.rows.filter((r) => r.change.kind === 'new').map((r) => r.entity),
  };
}
