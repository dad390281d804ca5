/**
 * The code of each screen, one chunk per view, loaded when the view is first shown. Kept apart
 * from the router so start-up (boot-prefetch.ts) can ask for the first view's chunk at once,
 * alongside the data, instead of after the shell has mounted and the router has resolved.
 */
export const viewLoaders = {
  figures: () => import('./views/FiguresView.vue'),
  sources: () => import('./views/SourcesView.vue'),
  rankings: () => import('./views/RankingsView.vue'),
  map: () => import('./views/MapView.vue'),
  import: () => import('./views/ImportView.vue'),
  scenarios: () => import('./views/ScenarioView.vue'),
  briefing: () => import('./views/BriefingView.vue'),
  settings: () => import('./views/SettingsView.vue'),
  help: () => import('./views/HelpView.vue'),
} as const;

export type LoadableView = keyof typeof viewLoaders;
