/**
 * A printed view as data: title, the subtitle of every choice that shapes it, then blocks —
 * tables (the same `ExportTable` the CSV and XLSX exports write, so paper and file agree),
 * charts (an ECharts option drawn as SVG at the page's width), maps, facts and notes — and the
 * sources it rests on. Each view has a builder (renderer/print/docs/) from its pinned state; the
 * print root, the preview, the export menu and the briefing all render or read these.
 */
import type { ExportTable } from '../../core/export/table';
import type { PinView } from '../../core/briefing/pin-state';
import type { SourceId } from '../../core/model';
import type { EChartsOption } from '../charts/echarts';
import type { BubbleInput } from '../charts/map/bubble-layer';
import type { LegendSpec } from '../charts/map/map-legend';
import type { TipContent } from '../charts/map/tooltip-html';

export interface ChartBlock {
  kind: 'chart';
  /** Part of the export file name ("topn", "tornado"). */
  id: string;
  caption: string;
  option: EChartsOption;
  /** Height in CSS pixels; the width is the page's. */
  height: number;
}

/** What ChoroplethMap takes (renderer/components/map/ChoroplethMap.vue). */
export interface MapProps {
  values: ReadonlyMap<string, number | null>;
  level: 'city' | 'province';
  legend: LegendSpec;
  basis: readonly number[] | null;
  bubbles: readonly BubbleInput[] | null;
  bubbleLargest: number | null;
  labelCount: number;
  placeOf: ((code: string) => { text: string; coord: [number, number] } | null) | null;
  focusProvince: string | null;
  tooltip: (code: string) => TipContent | null;
  description: string;
}

export interface MapBlock {
  kind: 'map';
  id: string;
  caption: string;
  maps: { label: string; props: MapProps }[];
}

export type PrintBlock =
  | { kind: 'table'; table: ExportTable; /** Say when the table has no rows. */ empty?: string }
  | ChartBlock
  | MapBlock
  | { kind: 'facts'; title: string; items: { term: string; text: string }[] }
  | { kind: 'note'; text: string; tone?: 'caveat' | 'plain' };

export interface PrintDoc {
  view: PinView;
  title: string;
  /** Every choice that shapes the view, each as "what: value" ("指标：进出口总额"). */
  subtitle: string[];
  blocks: PrintBlock[];
  /** Every source a figure on the page rests on (rate sources of converted figures included). */
  sourceIds: SourceId[];
  /** Said in place of the sources line (and no appendix) when the page is itself the list. */
  sourcesNote?: string;
  /** The year for file names, when the view has one. */
  year: number | null;
  /** The view cannot be drawn (no data for its year, a scenario that does not run): why. */
  problem?: string;
}

/** The tables and charts of a doc, for the export menu. */
export function exportables(doc: PrintDoc): { tables: ExportTable[]; charts: ChartBlock[] } {
  return {
    tables: doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])),
    charts: doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : [])),
  };
}
