import { expect, type Locator, type Page } from '@playwright/test';

/** The city detail drawer, opened from any view. */
export class CityDetail {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('city-detail');
  }
  get name(): Locator {
    return this.root.getByTestId('detail-name');
  }
  get yearRows(): Locator {
    return this.root.getByTestId('detail-year-row');
  }
  get sources(): Locator {
    return this.root.getByTestId('source-ref');
  }
  get neighbours(): Locator {
    return this.root.getByTestId('detail-neighbours');
  }

  yearRow(year: number): Locator {
    return this.root.locator(`[data-testid="detail-year-row"][data-year="${year}"]`);
  }

  /** The row of a year in the ranks-and-shares table. */
  rankRow(year: number): Locator {
    return this.root.locator(`[data-testid="detail-rank-row"][data-year="${year}"]`);
  }

  async ready(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.yearRows.first()).toBeVisible();
  }

  /** Ready, and its exposure section loaded: it adds source chips of its own, later. */
  async settled(): Promise<void> {
    await this.ready();
    await expect(this.root.getByTestId('detail-exposure-title')).toContainText(/\d{4}/);
  }

  async close(): Promise<void> {
    await this.root.getByTestId('detail-close').click();
    await expect(this.root).toHaveCount(0);
  }
}
