/** The views whose panels are tabs (ViewTabs.vue). */
export type TabbedView = 'rankings' | 'scenario';

/** The attributes of the panel that tab `tab` of `view` controls. */
export function tabPanel(view: TabbedView, tab: string) {
  return { id: `${view}-panel-${tab}`, role: 'tabpanel', 'aria-labelledby': `${view}-tab-${tab}` };
}
