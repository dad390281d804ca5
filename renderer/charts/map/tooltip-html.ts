/**
 * Tooltip content as data (title, label–value rows, notes), turned into escaped HTML for the
 * ECharts tooltip. Names and source notes come from data files, so nothing is trusted as markup.
 * Styling is by class (renderer/styles/tooltip.css), never style attributes: the CSP allows no
 * inline styles.
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
        `<tr><th class="atlas-tip-label">${escapeHtml(label)}</th>` +
        `<td class="atlas-tip-value">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const notes = (tip.notes ?? [])
    .map((n) => `<div class="atlas-tip-note">${escapeHtml(n)}</div>`)
    .join('');
  const subtitle = tip.subtitle
    ? `<div class="atlas-tip-subtitle">${escapeHtml(tip.subtitle)}</div>`
    : '';
  return (
    `<div class="atlas-tip-title">${escapeHtml(tip.title)}</div>${subtitle}` +
    `<table class="atlas-tip-rows">${rows}</table>${notes}`
  );
}
