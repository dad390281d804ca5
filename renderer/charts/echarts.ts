/**
 * The one place ECharts is assembled from `echarts/core`: only the charts, components and
 * renderers the app uses are registered, which keeps the bundle small. Add to this list, don't
 * import `echarts` whole anywhere.
 */
import * as echarts from 'echarts/core';
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as renderers from 'echarts/renderers';
import * as features from 'echarts/features';

// Named members of the namespaces: the bundler still keeps only these.
echarts.use([
  charts.BarChart,
  charts.LineChart,
  charts.MapChart,
  charts.ScatterChart,
  charts.EffectScatterChart,
  charts.LinesChart,
  components.GridComponent,
  components.TooltipComponent,
  components.LegendComponent,
  components.TitleComponent,
  components.GeoComponent,
  components.VisualMapComponent,
  components.DataZoomComponent,
  components.MarkLineComponent,
  components.GraphicComponent,
  components.AriaComponent,
  renderers.CanvasRenderer,
  renderers.SVGRenderer,
  features.LabelLayout,
  features.UniversalTransition,
]);

export { echarts };
export type EChartsOption = echarts.EChartsCoreOption;
