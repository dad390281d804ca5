/**
 * Tooltip content as data (title, label–value rows, notes), turned into escaped HTML for the
 * ECharts tooltip. Names and source notes come from data files, so nothing is trusted as markup.
 */

export interface TipContent {
  title: string;
  subtitle?: string;
  rows: [label: string, value: string][];
  notes?: string[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function tipHtml(tip: TipContent): string {
  const rows = tip.rows
    .map(
      ([label, value]) =>
        `<tr><th style="text-align:left;font-weight:400;opacity:.75;padding-right:10px">${escapeHtml(label)}</th>` +
        `<td style="text-align:right;font-variant-numeric:tabular-nums">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const notes = (tip.notes ?? [])
    .map(
      (n) =>
        `<div style="opacity:.75;font-size:11px;max-width:260px;white-space:normal">${escapeHtml(n)}</div>`,
    )
    .join('');
  const subtitle = tip.subtitle
    ? `<div style="opacity:.75;font-size:11px">${escapeHtml(tip.subtitle)}</div>`
    : '';
  return (
    `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(tip.title)}</div>${subtitle}` +
    `<table style="border-collapse:collapse;margin-top:4px">${rows}</table>${notes}`
  );
}
