import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { cachedSettings } from './stores/settings';

/** Views that exist; the navigation rail is built from this list (nothing unfinished is shown). */
export const views = [
  {
    name: 'figures',
    path: '/figures',
    icon: '▦',
    component: () => import('./views/FiguresView.vue'),
  },
  {
    name: 'sources',
    path: '/sources',
    icon: '❝',
    component: () => import('./views/SourcesView.vue'),
  },
  {
    name: 'rankings',
    path: '/rankings',
    icon: '☰',
    component: () => import('./views/RankingsView.vue'),
  },
  { name: 'map', path: '/map', icon: '◈', component: () => import('./views/MapView.vue') },
  { name: 'import', path: '/import', icon: '⇪', component: () => import('./views/ImportView.vue') },
  {
    name: 'scenarios',
    path: '/scenarios',
    icon: '⇅',
    component: () => import('./views/ScenarioView.vue'),
  },
  {
    name: 'briefing',
    path: '/briefing',
    icon: '❐',
    component: () => import('./views/BriefingView.vue'),
  },
] as const;

/** Screens outside the views: reached from the foot of the rail, the menu and the palette. */
export const shellViews = [
  {
    name: 'settings',
    path: '/settings',
    icon: '⚙',
    component: () => import('./views/SettingsView.vue'),
  },
  { name: 'help', path: '/help', icon: '?', component: () => import('./views/HelpView.vue') },
] as const;

const routes: RouteRecordRaw[] = [
  // Start where the user left off (Settings keeps the last view), else on the figures.
  { path: '/', redirect: () => `/${cachedSettings().lastView ?? 'figures'}` },
  ...[...views, ...shellViews].map((v) => ({ path: v.path, name: v.name, component: v.component })),
];

export const router = createRouter({ history: createWebHashHistory(), routes });
