/**
 * Mounting a component for a component test: a fresh Pinia and the app's own messages, with any
 * key the component asks for and no language has failing the test (vue-i18n would only warn and
 * show the raw key).
 */
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import type { Locale } from '../../core/format';
import { createAtlasI18n } from '../i18n';

export function mountAtlas<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: Locale } = {},
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const missing: string[] = [];
  const i18n = createAtlasI18n(options.locale ?? 'en');
  i18n.global.setMissingHandler((_locale, key) => {
    missing.push(key);
  });
  const { locale: _locale, global, ...rest } = options;
  const wrapper = mount(component, {
    ...rest,
    global: { ...global, plugins: [...(global?.plugins ?? []), pinia, i18n] },
  } as ComponentMountingOptions<C>);
  /** Keys asked for that no language has; check it after the interactions too. */
  return { wrapper, missing };
}
