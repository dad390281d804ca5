/**
 * The keyboard shortcuts Help lists: the registry's actions that have an accelerator, grouped by
 * menu in menu order, each with its keys on this platform and, where it cannot run here, why.
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { ACTIONS, MENU_LABELS, MENU_ORDER, acceleratorLabel } from '../../core/actions';
import { useSettings } from '../stores/settings';
import { host, useActionRunner } from './action-runner';
import { isMac } from './keyboard';

export function useShortcutGroups() {
  const { t } = useI18n();
  const settings = useSettings();
  const runner = useActionRunner();
  const mac = isMac();
  const where = (id: string) =>
    runner.enabled(id) ? '' : host === 'web' ? t('help.desktopOnly') : t('help.unavailable');
  return computed(() =>
    MENU_ORDER.map((menu) => ({
      menu,
      label: MENU_LABELS[menu][settings.locale],
      rows: ACTIONS.filter((a) => a.menu === menu && a.accelerator).map((a) => ({
        id: a.id,
        label: a.label[settings.locale],
        keys: acceleratorLabel(a.accelerator!, mac),
        where: where(a.id),
      })),
    })).filter((g) => g.rows.length),
  );
}
