import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every view: navigation rail, language switch, theme. */
export class AppShell {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByTestId('app-title');
  }

  async ready(): Promise<void> {
    await expect(this.page.getByTestId('nav-rail')).toBeVisible();
    await expect(this.page.getByTestId('loading')).toHaveCount(0);
  }

  async switchLanguage(locale: 'zh-CN' | 'en'): Promise<void> {
    await this.page.getByTestId(`lang-${locale}`).click();
  }

  async toggleTheme(): Promise<void> {
    await this.page.getByTestId('theme-toggle').click();
  }

  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  async goTo(view: string): Promise<void> {
    await this.page.getByTestId(`nav-${view}`).click();
  }

  /** The root element of whichever view is showing (each view's root test id ends in -view). */
  currentView(): Locator {
    return this.page.getByTestId('content').locator('[data-testid$="-view"]').first();
  }

  navItems(): Locator {
    return this.page.getByTestId('nav-rail').getByRole('link');
  }
}
