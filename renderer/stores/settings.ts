import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { LOCALES, type Locale } from '../../core/format';

export type Theme = 'light' | 'dark';
const KEY = 'atlas.settings.v1';

interface Saved {
  locale: Locale;
  theme: Theme;
}

function load(): Saved {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Saved>;
    return {
      locale: raw.locale && LOCALES.includes(raw.locale) ? raw.locale : 'zh-CN',
      theme: raw.theme === 'dark' ? 'dark' : 'light',
    };
  } catch {
    return { locale: 'zh-CN', theme: 'light' };
  }
}

/** User preferences that survive restarts (language, theme). */
export const useSettings = defineStore('settings', () => {
  const saved = load();
  const locale = ref<Locale>(saved.locale);
  const theme = ref<Theme>(saved.theme);
  watch([locale, theme], () => {
    localStorage.setItem(KEY, JSON.stringify({ locale: locale.value, theme: theme.value }));
  });
  return { locale, theme };
});

export const initialLocale = (): Locale => load().locale;
