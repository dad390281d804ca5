/**
 * The import history on paper: every revision, newest first, with what made it (an import and
 * its file, an undo, a reset), when, and which is current; the sources are the imported files.
 */
import { computed, onMounted, type ComputedRef } from 'vue';
import type { PinOf } from '../../../core/briefing/pin-state';
import { revisionLabel } from '../../import/revision-label';
import { useRevisionHistory } from '../../stores/revision-history';
import type { PrintDoc } from '../doc';
import { useDocContext } from './doc-context';
import { tableBlock, textColumn } from './table-block';

export function useImportDoc(_state: () => PinOf<'import'>): ComputedRef<PrintDoc> {
  const ctx = useDocContext();
  const history = useRevisionHistory();
  onMounted(() => void history.refresh());
  return computed(() => {
    const { t } = ctx;
    const when = (iso: string) =>
      new Date(iso).toLocaleString(ctx.settings.locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
    const imported = (ctx.data.data?.dataset.sources ?? []).filter((s) => s.kind === 'user_import');
    return {
      view: 'import',
      title: t('import.history.heading'),
      subtitle: [t('import.history.intro')],
      year: null,
      blocks: [
        tableBlock('revisions', t('import.history.heading'), history.revisions, [
          textColumn(t('print.import.revision'), (r, i) =>
            ctx.text(`r${r.id}${i === 0 ? ` (${t('import.history.current')})` : ''}`),
          ),
          textColumn(t('print.import.what'), (r) => ctx.text(revisionLabel(r, t))),
          textColumn(t('print.import.file'), (r) => ctx.text(r.fromFile ?? '')),
          textColumn(t('print.import.when'), (r) => ({
            value: r.createdAt,
            text: when(r.createdAt),
          })),
        ]),
      ],
      sourceIds: ctx.sources(imported.map((s) => ({ sourceId: s.id }))),
    };
  });
}
