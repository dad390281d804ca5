/* global bare */
(async () => {
  const working = await bare.call('getWorkingData');
  const { cities, totals } = bare.cityTotals(working, 2025);
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const body = document.getElementById('rows');
  ranked.forEach(([code, value], i) => {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'ranking-row';
    tr.setAttribute('data-testid', 'ranking-row');
    for (const text of [String(i + 1), cities.get(code).nameZh, value.toFixed(1)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  });
})();
