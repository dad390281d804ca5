/* global bare, echarts, topojson */
(async () => {
  const [working, topo] = await Promise.all([
    bare.call('getWorkingData'),
    bare.call('getBoundaries'),
  ]);
  const cities = topojson.feature(topo, topo.objects.cities);
  echarts.registerMap('china', cities);
  const data = (year) =>
    [...bare.cityTotals(working, year).totals].map(([name, value]) => ({ name, value }));
  const el = document.getElementById('map');
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    visualMap: { type: 'continuous', min: 0, max: 20000, calculable: false },
    series: [
      {
        id: 'cities',
        type: 'map',
        map: 'china',
        nameProperty: 'code',
        roam: true,
        data: data(2025),
      },
    ],
  });
  el.setAttribute('data-first-render-ms', String(Math.round(performance.now())));
  const cache = new Map();
  window.bareSwitch = (year) => {
    if (!cache.has(year)) cache.set(year, data(year));
    chart.setOption({ series: [{ id: 'cities', data: cache.get(year) }] });
  };
})();
