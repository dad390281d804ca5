/**
 * The one place ECharts is assembled from `echarts/core`: only the charts, components and
 * renderers the app uses are registered, which keeps the bundle small. Add to these lists, don't
 * import `echarts` whole anywhere.
 */
import * as echarts from 'echarts/core';
import {
  BarChart,
  LineChart,
  MapChart,
  ScatterChart,
  EffectScatterChart,
  LinesChart,
} from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  GeoComponent,
  VisualMapComponent,
  DataZoomComponent,
  MarkLineComponent,
  GraphicComponent,
  AriaComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { LabelLayout, UniversalTransition } from 'echarts/features';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  ScatterChart,
  EffectScatterChart,
  LinesChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  GeoComponent,
  VisualMapComponent,
  DataZoomComponent,
  MarkLineComponent,
  GraphicComponent,
  AriaComponent,
  CanvasRenderer,
  SVGRenderer,
  LabelLayout,
  UniversalTransition,
]);

export { echarts };
export type EChartsOption = echarts.EChartsCoreOption;
