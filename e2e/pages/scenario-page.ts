import { expect, type Download, type Locator, type Page } from '@playwright/test';

type Tab = 'results' | 'sensitivity' | 'montecarlo' | 'runs' | 'compare' | 'exposure' | 'map';

/** The scenario view: presets, shocks, elasticities, assumptions, results and the other tabs. */
export class ScenarioPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('scenario-view');
  }
  get rows(): Locator {
    return this.page.getByTestId('result-row');
  }
  get assumptions(): Locator {
    return this.page.getByTestId('assumptions');
  }
  get tornado(): Locator {
    return this.page.getByTestId('tornado');
  }
  get breakevenResult(): Locator {
    return this.page.getByTestId('breakeven-result');
  }
  get fileStatus(): Locator {
    return this.page.getByTestId('scenario-file-status');
  }
  get mcStatus(): Locator {
    return this.page.getByTestId('mc-status');
  }
  get exposureCells(): Locator {
    return this.page.getByTestId('exposure-cell');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-scenarios').click();
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.view).toBeVisible();
    await expect(this.page.getByTestId('scenario-loading')).toHaveCount(0);
    await expect(this.rows.first()).toBeVisible();
  }

  async applyPreset(id: string): Promise<void> {
    await this.page.getByTestId(`preset-${id}`).getByTestId('preset-apply').click();
  }

  /** Types a shock size into the number box of a (dimension, category) row. */
  async setShock(dimension: string, category: string, pct: number): Promise<void> {
    const row = this.page.getByTestId(`shock-${dimension}-${category}`).first();
    if (!(await row.isVisible())) {
      await this.page.getByTestId(`shock-group-${dimension}`).locator('summary').click();
    }
    const input = row.getByTestId('shock-input');
    await input.fill(String(pct));
    await input.press('Enter');
  }

  async tab(name: Tab): Promise<void> {
    await this.page.getByTestId(`scenario-tab-${name}`).click();
  }

  rowOf(code: string): Locator {
    return this.page.locator(`[data-testid="result-row"][data-code="${code}"]`);
  }

  cell(code: string, name: string): Locator {
    return this.rowOf(code).getByTestId(`cell-${name}`);
  }

  /** The data-code of every result row, in table order. */
  async codes(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  }

  /** Every row's point Δ (亿元) from its data attribute; NaN for ranges and gaps. */
  async deltas(): Promise<number[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => {
        const d = r.getAttribute('data-delta');
        return d ? Number(d) : Number.NaN;
      }),
    );
  }

  async sortBy(key: string): Promise<void> {
    await this.page.getByTestId(`scol-${key}`).getByRole('button').click();
  }

  async focusCity(code: string): Promise<void> {
    await this.cell(code, 'baseline').click();
  }

  /** A cell's number as printed: "−577.7" → -577.7, "44,522.3" → 44522.3. */
  async number(code: string, name: string): Promise<number> {
    const text = await this.cell(code, name).innerText();
    return Number(text.replace(/[^\d.−-]/g, '').replace('−', '-'));
  }

  async breakeven(a: string, b: string, param: string): Promise<void> {
    await this.page.getByTestId('breakeven-a').selectOption(a);
    await this.page.getByTestId('breakeven-b').selectOption(b);
    await this.page.getByTestId('breakeven-param').selectOption(param);
  }

  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('scenario-save').click();
    return download;
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('scenario-open-input').setInputFiles(path);
  }

  async openBytes(name: string, text: string): Promise<void> {
    await this.page
      .getByTestId('scenario-open-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async runMonteCarlo(draws: number): Promise<void> {
    await this.tab('montecarlo');
    await this.page.getByTestId('mc-draws').fill(String(draws));
    await this.page.getByTestId('mc-draws').press('Enter');
    await this.page.getByTestId('mc-run').click();
  }

  /**
   * Starts a run and cancels it in the same task: the worker cannot finish first (loading its
   * module alone takes longer), so the cancel path is tested without a race.
   */
  async runAndCancel(): Promise<void> {
    await this.page.evaluate(async () => {
      const by = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
      by('mc-run')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      by('mc-cancel')?.click();
    });
  }

  async exposureEntity(code: string): Promise<void> {
    await this.page.getByTestId('exposure-entity').selectOption(code);
  }

  /** A share row of the exposure table: one flow, dimension and category. */
  exposureCell(
    dimension: string,
    category: string,
    flow: 'exports' | 'imports' = dimension === 'import_commodity' ? 'imports' : 'exports',
    root: Locator | Page = this.page,
  ): Locator {
    return root
      .locator(
        `[data-testid="exposure-dimension"][data-dimension="${dimension}"][data-flow="${flow}"]`,
      )
      .locator(`[data-testid="exposure-cell"][data-category="${category}"]`);
  }

  /** The basis chips of a result row ("美国 全国代理 2025", "拆分 自身 2023"). */
  basisChips(code: string): Locator {
    return this.rowOf(code).getByTestId('basis-chip');
  }

  /** Hovers a basis chip and returns its tooltip, once visible. */
  async basisTip(code: string, index = 0): Promise<Locator> {
    const chip = this.basisChips(code).nth(index);
    await chip.hover();
    const tip = this.rowOf(code).getByTestId('basis-tip').nth(index);
    await expect(tip).toBeVisible();
    return tip;
  }

  /** Sets one factor of the proxy rule in the assumptions box. */
  async setProxyFactor(step: string, end: 'low' | 'high', value: number): Promise<void> {
    const input = this.page
      .getByTestId('assumptions-proxy-rule')
      .locator(`[data-step="${step}"]`)
      .getByTestId(`proxy-${end}`);
    await input.fill(String(value));
    await input.press('Enter');
  }
}
