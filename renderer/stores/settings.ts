import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { VIEW_NAMES, type ViewName } from '../../core/actions';
import { DEFAULT_SETTINGS, type Settings } from '../../core/app-api';
import { gainConvention, LOCALES, type Locale } from '../../core/format';
import { api } from '../api';
import { SETTINGS_CACHE_KEY } from '../boot-prefetch';

export type Theme = 'light' | 'dark';
/** A copy of the settings file kept in the page, so the first paint has the right language. */
const CACHE = SETTINGS_CACHE_KEY;

/** The settings as last seen (the file is the truth; this is only its copy for the first paint). */
export function cachedSettings(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(CACHE) ?? '{}') as Partial<Settings>;
    return {
      ...DEFAULT_SETTINGS,
      ...raw,
      locale: raw.locale && LOCALES.includes(raw.locale) ? raw.locale : DEFAULT_SETTINGS.locale,
      lastView: raw.lastView && VIEW_NAMES.includes(raw.lastView) ? raw.lastView : null,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

const prefersDark = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/**
 * The user's settings: kept in settings.json in the user-data folder (through the API), applied
 * at once and saved on every change. `theme` is the theme in effect (a `system` choice resolved);
 * `themeChoice` is what the user chose.
 */
export const useSettings = defineStore('settings', () => {
  const values = ref<Settings>(cachedSettings());
  const notice = ref<string | null>(null);
  const file = ref('');
  const dataDir = ref('');
  const loaded = ref(false);
  const saveError = ref<string | null>(null);
  const systemDark = ref(prefersDark());
  if (typeof matchMedia === 'function')
    matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', (e) => {
      systemDark.value = e.matches;
    });

  async function load(): Promise<void> {
    try {
      const state = await api.getSettings();
      values.value = state.settings;
      notice.value = state.notice;
      file.value = state.file;
      dataDir.value = state.dataDir;
    } catch (e) {
      notice.value = e instanceof Error ? e.message : String(e);
    } finally {
      loaded.value = true;
    }
  }

  watch(
    values,
    (next) => {
      localStorage.setItem(CACHE, JSON.stringify(next));
      if (!loaded.value) return;
      api.saveSettings({ ...next }).then(
        () => (saveError.value = null),
        (e: unknown) => (saveError.value = e instanceof Error ? e.message : String(e)),
      );
    },
    { deep: true },
  );

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    values.value = { ...values.value, [key]: value };
  };

  const locale = computed<Locale>({
    get: () => values.value.locale,
    set: (l) => set('locale', l),
  });
  const themeChoice = computed({
    get: () => values.value.theme,
    set: (t) => set('theme', t),
  });
  const theme = computed<Theme>(() =>
    values.value.theme === 'system' ? (systemDark.value ? 'dark' : 'light') : values.value.theme,
  );
  /** Which colour a gain gets, in tables and charts alike: the choice, or the language's own. */
  const gains = computed(() => gainConvention(values.value.gainColors ?? 'auto', locale.value));

  return {
    values,
    notice,
    file,
    dataDir,
    loaded,
    saveError,
    locale,
    theme,
    themeChoice,
    gains,
    load,
    set,
    toggleTheme: () => set('theme', theme.value === 'dark' ? 'light' : 'dark'),
    toggleLanguage: () => set('locale', values.value.locale === 'zh-CN' ? 'en' : 'zh-CN'),
    rememberView: (view: ViewName) => {
      if (values.value.lastView !== view) set('lastView', view);
    },
    reset: () => {
      values.value = { ...DEFAULT_SETTINGS, lastView: values.value.lastView };
    },
  };
});

export const initialLocale = (): Locale => cachedSettings().locale;
