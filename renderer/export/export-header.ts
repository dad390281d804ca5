/**
 * The header block of an exported table, in the reader's language: the view's title, the choices
 * that shaped it, the sources its figures rest on, the data revision and the date.
 */
import { useI18n } from 'vue-i18n';
import type { ExportHeader } from '../../core/export/table';
import { revisionLabel } from '../import/revision-label';
import type { PrintDoc } from '../print/doc';
import { useAtlasData } from '../stores/atlas-data';

export function useExportHeader() {
  const { t } = useI18n();
  const data = useAtlasData();
  return (doc: PrintDoc, caption: string, date: string): ExportHeader => {
    const r = data.data?.revision;
    const revision = !r
      ? ''
      : `${r.id === 0 ? t('app.bundled') : `r${r.id} · ${revisionLabel(r, t)}`} (${r.createdAt.slice(0, 10)})`;
    const sources = doc.sourcesNote
      ? doc.sourcesNote
      : doc.sourceIds.length
        ? t('print.sourcesLine', { ids: doc.sourceIds.join(t('print.listSeparator')) })
        : t('print.noSources');
    return {
      title: [t('app.title'), doc.title, caption === doc.title ? '' : caption]
        .filter(Boolean)
        .join(' · '),
      lines: [doc.subtitle.join(' · '), sources, t('print.exportMeta', { revision, date })].filter(
        Boolean,
      ),
    };
  };
}
