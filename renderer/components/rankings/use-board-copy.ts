/**
 * Copying the ranking table: the selected rows, or every row shown, as TSV through
 * navigator.clipboard. The outcome is announced in a status line rather than thrown.
 */
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRankings } from '../../stores/rankings';
import { useSettings } from '../../stores/settings';
import { boardTsv } from './board-tsv';

export function useBoardCopy() {
  const { t } = useI18n();
  const rankings = useRankings();
  const settings = useSettings();
  const status = ref('');

  async function copyRows(): Promise<void> {
    const rows = rankings.selected.size
      ? rankings.shownRows.filter((row) => rankings.selected.has(row.code))
      : rankings.shownRows;
    const labels = {
      rank: t('rankings.col.rank'),
      published: t('rankings.col.published'),
      change: t('rankings.col.change'),
      name: t('rankings.col.name'),
      province: t('rankings.col.province'),
      value: t(`metric.${rankings.metric}`),
      yoy: t('rankings.col.yoy'),
      share: t('rankings.col.share'),
      source: t('rankings.col.source'),
    };
    try {
      await navigator.clipboard.writeText(boardTsv(rows, rankings.metric, labels, settings.locale));
      status.value = t('rankings.copy.done', { n: rows.length });
    } catch (e) {
      status.value = t('rankings.copy.failed', {
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }

  return { status, copyRows };
}
