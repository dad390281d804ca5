/**
 * `atlas sources`: every cited page (and imported file) with how it was published and how many
 * figures rest on it. URLs are printed, never opened.
 */
import { sourceUsage } from '../../core/data';
import { commandArgs, parseFormat } from '../args';
import { loadCliData } from '../data-source';
import { csvLine, json, sourceJson } from '../format';
import type { CliIo, Output } from '../io';

export const SOURCES_HELP = `Usage: atlas sources [options]

List the sources behind the data: id, kind (official_release … blog_or_qa, user_import), date,
publisher, title, URL, and how many figures cite each one.

Options:
  --format table|csv|json   default table
  --data DIR                data folder (default: the app's user data, else the bundled data)
`;

export async function sourcesCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const args = commandArgs(
    { name: 'sources', help: SOURCES_HELP, allowPositionals: false },
    argv,
    {},
    out,
  );
  if (!args) return 0;
  const { values } = args;
  const format = parseFormat(values.format);
  const data = await loadCliData(values.data, io, out);
  const usage = sourceUsage(data.dataset);
  const rows = data.dataset.sources.map((s) => ({ ...s, uses: usage.get(s.id)?.length ?? 0 }));

  if (format === 'json') {
    out.line(json(rows.map((s) => ({ ...sourceJson(s), uses: s.uses }))));
    return 0;
  }
  if (format === 'csv') {
    out.line(csvLine(['id', 'kind', 'published_date', 'uses', 'publisher', 'title', 'url']));
    for (const s of rows)
      out.line(csvLine([s.id, s.kind, s.publishedDate, s.uses, s.publisher, s.title, s.url]));
    return 0;
  }
  // One block per source: titles and URLs are too long for a one-line-per-row table.
  for (const s of rows) {
    out.line(
      `${s.id}  ${s.kind}  ${s.publishedDate || 'undated'}  ${s.uses} use${s.uses === 1 ? '' : 's'}`,
    );
    out.line(`      ${s.publisher} — ${s.title}`);
    if (s.url) out.line(`      ${s.url}`);
  }
  out.line();
  out.line(
    `${rows.length} sources. Uses: figures, ranks and gap notes that cite the source. Data: ${data.origin}.`,
  );
  return 0;
}
