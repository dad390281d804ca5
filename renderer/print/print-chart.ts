/**
 * Charts on paper: vectors (the SVG renderer), the light theme and no animation, so a print
 * snapshot taken the moment the print layout appears has every bar drawn. BaseChart calls these
 * for `paper` charts and when the screen switches to print media.
 */
import type { EChartsOption } from '../charts/echarts';

export interface PaperSize {
  width: number;
  height: number;
}

/** The option for paper: animation off, a white background, nothing interactive drawn. */
export function forPaper(option: EChartsOption): EChartsOption {
  return { ...option, animation: false, backgroundColor: '#ffffff' };
}
