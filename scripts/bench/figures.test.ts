import { describe, expect, it } from 'vitest';
import { FIGURE_KEYS, median, ratioFigure, toJson, toTable, valueFigure } from './figures';

describe('bench figures', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('divides the medians for a ratio, keeps both raw times and judges against the aim', () => {
    const f = ratioFigure('first_board_ratio', [300, 100, 200], [100, 50, 150]);
    expect(f).toMatchObject({ value: 2, aim: 1.5, met: false, app_ms: 200, baseline_ms: 100 });
    expect(f.reps).toBe(3);
    expect(ratioFigure('year_switch_ratio', [12], [10]).met).toBe(true);
    expect(() => ratioFigure('first_map_ratio', [1], [0])).toThrow();
  });

  it('records a figure without an aim as neither met nor missed', () => {
    expect(valueFigure('heap_mb', 'MB', [40.04])).toMatchObject({
      value: 40,
      aim: null,
      met: null,
    });
    expect(valueFigure('scenario_recompute_ms', 'ms', [0.123456]).value).toBe(0.1235);
  });

  it('prints every key once, in order, null where a figure was not measured', () => {
    const json = toJson({ heap_mb: valueFigure('heap_mb', 'MB', [1]) });
    expect(Object.keys(json)).toEqual([...FIGURE_KEYS]);
    expect(json.first_board_ratio).toBeNull();
    expect(json.heap_mb?.value).toBe(1);
    const table = toTable({ initial_js_kb: valueFigure('initial_js_kb', 'KB', [1000]) });
    expect(table).toMatch(/initial_js_kb\s+1000 KB\s+≤ 900 KB\s+MISSED/);
    expect(table).toMatch(/first_map_ratio\s+—\s+≤ 1.3\s+not measured/);
  });
});
