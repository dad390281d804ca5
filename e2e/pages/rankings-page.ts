import { expect, type Locator, type Page } from '@playwright/test';

/** The rankings view: controls, filters, coverage, table, top-N chart, movers and history. */
export class RankingsPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('ranking-row');
  }
  get coverage(): Locator {
    return this.page.getByTestId('rankings-coverage');
  }
  get heading(): Locator {
    return this.page.getByTestId('rankings-heading');
  }
  get topNChart(): Locator {
    return this.page.getByTestId('topn-chart');
  }
  get legendItems(): Locator {
    return this.page.getByTestId('history-legend-item');
  }
  get copyStatus(): Locator {
    return this.page.getByTestId('copy-status');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-rankings').click();
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.getByTestId('rankings-view')).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
    // The first mount paints a screenful of rows, then the rest (RankingTable.vue).
    await expect(this.page.getByTestId('rankings-table')).toHaveAttribute('aria-busy', 'false');
  }

  row(index: number) {
    const r = this.rows.nth(index);
    return {
      root: r,
      name: r.getByTestId('cell-name'),
      rank: r.getByTestId('cell-rank'),
      published: r.getByTestId('cell-published'),
      change: r.getByTestId('rank-delta'),
      value: r.getByTestId('cell-value'),
      yoy: r.getByTestId('cell-yoy'),
      source: r.getByTestId('cell-source'),
      select: r.getByTestId('row-select'),
    };
  }

  /** The row of an entity by its code (stable whatever the sort). */
  rowOf(code: string) {
    return this.page.locator(`[data-testid="ranking-row"][data-code="${code}"]`);
  }

  changeOf(code: string): Locator {
    return this.rowOf(code).getByTestId('rank-delta');
  }

  header(key: string): Locator {
    return this.page.getByTestId(`rcol-${key}`);
  }

  async sortBy(key: string): Promise<void> {
    await this.header(key).getByRole('button').click();
  }

  async names(): Promise<string[]> {
    return this.rows.getByTestId('cell-name').allInnerTexts();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('rankings-search').fill(text);
  }

  /** Ticks a province in the province picker by its Chinese short name (e.g. 广东). */
  async filterProvince(shortZh: string): Promise<void> {
    await this.page.getByTestId('province-summary').click();
    await this.page.locator(`[data-testid^="province-option-"][data-name="${shortZh}"]`).check();
    await this.page.getByTestId('province-summary').click();
  }

  async selectYear(year: number): Promise<void> {
    await this.page.getByTestId('rankings-year').selectOption(String(year));
  }

  async selectMetric(metric: string): Promise<void> {
    await this.page.getByTestId('rankings-metric').selectOption(metric);
  }

  async selectLevel(level: 'city' | 'province'): Promise<void> {
    await this.page.getByTestId('rankings-level').selectOption(level);
  }

  /** The "total at least" box, in the unit the table shows. */
  get minTotal(): Locator {
    return this.page.getByTestId('rankings-min-total');
  }
  async atLeast(value: string): Promise<void> {
    await this.minTotal.fill(value);
    await this.minTotal.press('Enter');
  }

  /** Switches money to US dollars at a user rate for the year shown. */
  async useDollars(rate: string): Promise<void> {
    await this.page.getByTestId('rankings-currency').selectOption('USD');
    await this.page.getByTestId('rankings-rate').fill(rate);
    await this.page.getByTestId('rankings-rate').press('Enter');
    await this.page.getByTestId('rankings-rate').blur();
  }

  async tab(name: 'board' | 'movers' | 'history'): Promise<void> {
    await this.page.getByTestId(`rankings-tab-${name}`).click();
  }

  async openDetailOf(index: number): Promise<void> {
    await this.row(index).name.getByTestId('entity-link').click();
  }

  async copy(): Promise<void> {
    await this.page.getByTestId('copy-tsv').click();
  }
}
