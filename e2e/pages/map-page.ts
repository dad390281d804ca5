import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The map view. The map itself is a canvas: what a test can check is what the component states
 * about it (regions registered, legend kind, the drilled province's region count), ECharts' own
 * DOM tooltip, and the accessible table, whose rows show a place's tooltip on hover like a reader
 * pointing at the map would.
 */
export class MapPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('map-view');
  }
  get chart(): Locator {
    return this.page.getByTestId('map-main-chart');
  }
  get compareChart(): Locator {
    return this.page.getByTestId('map-compare-chart');
  }
  get heading(): Locator {
    return this.page.getByTestId('map-heading');
  }
  get coverage(): Locator {
    return this.page.getByTestId('map-coverage');
  }
  /** The coverage statement of the other year of a two-year compare. */
  get coverageCompare(): Locator {
    return this.page.getByTestId('map-coverage-compare');
  }
  get caption(): Locator {
    return this.page.getByTestId('map-legend-caption');
  }
  get year(): Locator {
    return this.page.getByTestId('map-year');
  }
  /** ECharts' tooltip of the main map (its DOM element, class set by the option). */
  get tooltip(): Locator {
    return this.chart.locator('.atlas-map-tip');
  }
  get crumbs(): Locator {
    return this.page.getByTestId('map-crumbs');
  }
  get tableRows(): Locator {
    return this.page.getByTestId('map-table-row');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-map').click();
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.view).toBeVisible();
    await expect(this.chart).toHaveAttribute('data-state', 'ready');
    await expect(this.chart).toHaveAttribute('data-first-render-ms', /\d+/);
  }

  /**
   * Clicks the legend's last entry, "no published figure": the classed legend sits in the
   * chart's bottom-left corner (10 px in, 6 px padding), with gaps as its bottom entry.
   */
  async toggleNoDataInLegend(): Promise<void> {
    const box = (await this.chart.getByTestId('chart').boundingBox())!;
    await this.page.mouse.click(box.x + 10 + 6 + 8, box.y + box.height - 10 - 6 - 5);
  }

  async regionCount(): Promise<number> {
    return Number(await this.chart.getAttribute('data-region-count'));
  }

  async selectMetric(metric: string): Promise<void> {
    await this.page.getByTestId('map-metric').selectOption(metric);
  }
  async selectLevel(level: 'city' | 'province'): Promise<void> {
    await this.page.getByTestId('map-level').selectOption(level);
  }
  async selectMethod(method: string): Promise<void> {
    await this.page.getByTestId('map-method').selectOption(method);
  }
  async compare(mode: 'off' | 'sideBySide' | 'difference'): Promise<void> {
    await this.page.getByTestId('map-compare').selectOption(mode);
  }
  /** Opens a province by its name as the picker shows it (广东 / Guangdong). */
  async drill(name: string): Promise<void> {
    await this.page.getByTestId('map-drill').selectOption({ label: name });
  }
  async back(): Promise<void> {
    await this.page.getByTestId('map-back').click();
  }
  async play(): Promise<void> {
    await this.page.getByTestId('map-play').click();
  }
  async toggleBubbles(): Promise<void> {
    await this.page.getByTestId('map-bubbles').check();
  }

  async showTable(): Promise<void> {
    const toggle = this.page.getByTestId('map-table-toggle');
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await expect(this.page.getByTestId('map-table')).toBeVisible();
  }

  async hideTable(): Promise<void> {
    const toggle = this.page.getByTestId('map-table-toggle');
    if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    await expect(this.page.getByTestId('map-table')).toHaveCount(0);
  }

  /** Expands the table's rows of places with no record this year. */
  async showPlacesWithoutRecord(): Promise<void> {
    await this.page.getByTestId('map-table-more').click();
  }

  /** Moves the year slider to the i-th year with data (0 = earliest). */
  async slideToYearIndex(i: number): Promise<void> {
    await this.page.getByTestId('map-year-slider').fill(String(i));
  }

  rowOf(code: string): Locator {
    return this.page.locator(`[data-testid="map-table-row"][data-code="${code}"]`);
  }

  /** Points at a place through its table row; the map shows the place's tooltip. */
  async pointAt(code: string): Promise<Locator> {
    await this.showTable();
    await this.rowOf(code).hover();
    await expect(this.tooltip).toBeVisible();
    return this.tooltip;
  }
}
