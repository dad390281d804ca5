import { expect, type Locator, type Page } from '@playwright/test';

/** The figures table view. */
export class FiguresPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('figures-table');
  }
  get rows(): Locator {
    return this.page.getByTestId('figure-row');
  }
  get coverage(): Locator {
    return this.page.getByTestId('coverage-banner');
  }

  async ready(): Promise<void> {
    await expect(this.page.getByTestId('figures-view')).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(index: number): { name: Locator; total: Locator; yoy: Locator; source: Locator } {
    const r = this.rows.nth(index);
    return {
      name: r.getByTestId('cell-name'),
      total: r.getByTestId('cell-total'),
      yoy: r.getByTestId('cell-yoy'),
      source: r.getByTestId('cell-sources'),
    };
  }

  header(key: string): Locator {
    return this.page.getByTestId(`col-${key}`);
  }

  async sortBy(key: string): Promise<void> {
    await this.header(key).getByRole('button').click();
  }

  async selectYear(year: number): Promise<void> {
    await this.page.getByTestId('year-select').selectOption(String(year));
  }

  async names(): Promise<string[]> {
    return this.rows.getByTestId('cell-name').allInnerTexts();
  }
}
