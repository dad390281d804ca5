// Shared by the bare baseline pages: the harness's API call and the 2025 city totals.
window.bare = {
  async call(method) {
    const res = await fetch('/api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    const reply = await res.json();
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  },
  /** code → full-year total (亿元) of every city in `year`. */
  cityTotals(working, year) {
    const cities = new Map();
    for (const e of working.reference.entities) if (e.level === 'city') cities.set(e.code, e);
    const out = new Map();
    for (const f of working.dataset.figures) {
      if (f.year !== year || f.period !== 'full_year' || !cities.has(f.code)) continue;
      const v = f.cells && f.cells.total ? f.cells.total.value : null;
      if (typeof v === 'number') out.set(f.code, v);
    }
    return { cities, totals: out };
  },
};
