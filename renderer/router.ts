import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';

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
] as const;

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/figures' },
  ...views.map((v) => ({ path: v.path, name: v.name, component: v.component })),
];

export const router = createRouter({ history: createWebHashHistory(), routes });
