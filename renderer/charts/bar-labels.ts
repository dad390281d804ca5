/**
 * Pieces shared by the horizontal bar charts (top-N beside the ranking table, the tornado): the
 * category axis that names the bars, first bar on top.
 */

/** The y axis of a horizontal bar chart: one label per bar in the given order, no ticks. */
export const barLabelAxis = (labels: string[]) => ({
  type: 'category' as const,
  inverse: true,
  data: labels,
  axisTick: { show: false },
  axisLabel: { fontSize: 12 },
});
