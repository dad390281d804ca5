/**
 * A chart as an image: SVG (vectors, from a chart drawn with the SVG renderer for paper) or PNG
 * at twice its size (the same option redrawn on a canvas off screen, at pixel ratio 2, on white).
 */
import type { echarts, EChartsOption } from '../charts/echarts';
import { echartsIfLoaded } from '../charts/echarts-loader';

export function chartSvg(chart: echarts.ECharts): Uint8Array {
  return new TextEncoder().encode(chart.renderToSVGString());
}

export function chartPng(chart: echarts.ECharts): Uint8Array {
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  document.body.append(stage);
  // A chart exists, so the library is loaded (echarts-loader.ts).
  const lib = echartsIfLoaded();
  if (!lib) throw new Error('ECharts is not loaded');
  const canvas = lib.init(stage, undefined, {
    renderer: 'canvas',
    width: chart.getWidth(),
    height: chart.getHeight(),
    devicePixelRatio: 2,
  });
  try {
    canvas.setOption({ ...(chart.getOption() as EChartsOption), animation: false });
    const url = canvas.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const binary = atob(url.slice(url.indexOf(',') + 1));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } finally {
    canvas.dispose();
    stage.remove();
  }
}
