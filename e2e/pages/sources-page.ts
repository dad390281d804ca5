import { expect, type Locator, type Page } from '@playwright/test';

export class SourcesPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('source-row');
  }

  async ready(): Promise<void> {
    await expect(this.page.getByTestId('sources-view')).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="source-row"][data-source="${id}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('sources-search').fill(text);
  }

  async filterKind(kind: string): Promise<void> {
    await this.page.getByTestId('sources-kind').selectOption(kind);
  }
}
