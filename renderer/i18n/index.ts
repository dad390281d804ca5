import { createI18n } from 'vue-i18n';
import type { Locale } from '../../core/format';
import app from './messages/app';
import figures from './messages/figures';
import sources from './messages/sources';
import rankings from './messages/rankings';
import rankInsights from './messages/rank-insights';
import cityDetail from './messages/city-detail';
import map from './messages/map';
import importWizard from './messages/import';
import importProblems from './messages/import-problems';
import scenario from './messages/scenario';
import scenarioVocab from './messages/scenario-vocab';
import scenarioBasis from './messages/scenario-basis';
import shell from './messages/shell';
import print from './messages/print';
import briefing from './messages/briefing';
import type { MessageSchema } from './schema';

/** Each feature keeps its own messages file; they are merged here per locale. */
export const bundles = [
  app,
  figures,
  sources,
  rankings,
  rankInsights,
  cityDetail,
  map,
  importWizard,
  importProblems,
  scenario,
  scenarioVocab,
  scenarioBasis,
  shell,
  print,
  briefing,
];

type Bundle = (typeof bundles)[number];
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
/** Every message the app has, typed from the Chinese messages (English is checked against them). */
export type AtlasMessages = Intersect<Bundle['zh-CN']>;

type Messages = Record<string, unknown>;
/** The merged messages of one locale (exported for the key-parity test). */
export function merge(locale: Locale): Messages {
  const merged: Messages = {};
  // One level deep: two bundles may each add keys to a shared group (nav).
  for (const bundle of bundles)
    for (const [key, value] of Object.entries(bundle[locale] as Messages))
      merged[key] =
        typeof value === 'object' && typeof merged[key] === 'object'
          ? { ...(merged[key] as Messages), ...(value as Messages) }
          : value;
  return merged;
}

export function createAtlasI18n(locale: Locale) {
  return createI18n<[AtlasMessages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: {
      'zh-CN': merge('zh-CN') as AtlasMessages,
      en: merge('en') as MessageSchema<AtlasMessages>,
    },
  });
}
