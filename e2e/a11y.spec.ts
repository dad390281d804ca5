/**
 * axe-core scan of every view, in both languages and both themes: no serious or critical
 * violation (contrast, names, roles). A failure lists each rule with the elements it hit.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/app';
import { finishDataset } from './finish-fixture';
import { AppShell } from './pages/app-shell';

test.use({ bundledDataset: finishDataset });

const VIEWS = [
  'figures',
  'sources',
  'rankings',
  'map',
  'import',
  'scenarios',
  'briefing',
  'settings',
  'help',
] as const;

for (const locale of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: every view, ${locale}, ${theme}`, async ({ app }) => {
      test.setTimeout(180_000);
      const shell = new AppShell(app.page);
      await shell.ready();
      await shell.switchLanguage(locale);
      if ((await shell.theme()) !== theme) await shell.toggleTheme();
      expect(await shell.theme()).toBe(theme);
      const found: string[] = [];
      for (const view of VIEWS) {
        await app.page.goto(`${app.origin}/#/${view}`);
        await expect(shell.currentView()).toBeVisible();
        await expect(app.page.getByTestId('loading')).toHaveCount(0);
        // Charts and tables settle (fonts, the map's boundaries) before the scan.
        await app.page.waitForLoadState('networkidle');
        const result = await new AxeBuilder({ page: app.page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const v of result.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const where = v.nodes
            .slice(0, 4)
            .map((n) => n.target.join(' '))
            .join('; ');
          found.push(`${view}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${where}`);
        }
      }
      // The city detail drawer and the help, opened over a view.
      await app.page.goto(`${app.origin}/#/figures`);
      await app.page.getByTestId('figure-row').first().getByTestId('entity-link').click();
      await expect(app.page.getByTestId('city-detail')).toBeVisible();
      const drawer = await new AxeBuilder({ page: app.page })
        .include('[data-testid="city-detail"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      for (const v of drawer.violations) {
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`city detail: ${v.id} (${v.impact}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(found, 'serious/critical axe violations').toEqual([]);
    });
  }
}
