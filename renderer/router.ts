import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { cachedSettings } from './stores/settings';
import { viewLoaders } from './view-loaders';

/** Views that exist; the navigation rail is built from this list (nothing unfinished is shown). */
export const views = [
  {
    name: 'figures',
    path: '/figures',
    icon: '▦',
    component: viewLoaders.figures,
  },
  {
    name: 'sources',
    path: '/sources',
    icon: '❝',
    component: viewLoaders.sources,
  },
  {
    name: 'rankings',
    path: '/rankings',
    icon: '☰',
    component: viewLoaders.rankings,
  },
  { name: 'map', path: '/map', icon: '◈', component: viewLoaders.map },
  { name: 'import', path: '/import', icon: '⇪', component: viewLoaders.import },
  {
    name: 'scenarios',
    path: '/scenarios',
    icon: '⇅',
    component: viewLoaders.scenarios,
  },
  {
    name: 'briefing',
    path: '/briefing',
    icon: '❐',
    component: viewLoaders.briefing,
  },
] as const;

/** Screens outside the views: reached from the foot of the rail, the menu and the palette. */
export const shellViews = [
  {
    name: 'settings',
    path: '/settings',
    icon: '⚙',
    component: viewLoaders.settings,
  },
  { name: 'help', path: '/help', icon: '?', component: viewLoaders.help },
] as const;

const routes: RouteRecordRaw[] = [
  // Start where the user left off (Settings keeps the last view), else on the figures.
  { path: '/', redirect: () => `/${cachedSettings().lastView ?? 'figures'}` },
  ...[...views, ...shellViews].map((v) => ({ path: v.path, name: v.name, component: v.component })),
];

export const router = createRouter({ history: createWebHashHistory(), routes });
