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
        {
          kind: 'table',
          table: {
            id: 'revisions',
            caption: t('import.history.heading'),
            columns: [
              { label: t('print.import.revision'), kind: 'text' },
              { label: t('print.import.what'), kind: 'text' },
              { label: t('print.import.file'), kind: 'text' },
              { label: t('print.import.when'), kind: 'text' },
            ],
            rows: history.revisions.map((r, i) => [
              ctx.text(`r${r.id}${i === 0 ? ` (${t('import.history.current')})` : ''}`),
              ctx.text(revisionLabel(r, t)),
              ctx.text(r.fromFile ?? ''),
              { value: r.createdAt, text: when(r.createdAt) },
            ]),
          },
        },
      ],
      sourceIds: ctx.sources(imported.map((s) => ({ sourceId: s.id }))),
    };
  });
}
