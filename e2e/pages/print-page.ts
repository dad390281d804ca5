import { expect, type Locator, type Page } from '@playwright/test';

/** Printing: the header's print, export and "add to briefing" buttons, the preview, the layout. */
export class PrintPage {
  constructor(readonly page: Page) {}

  get preview(): Locator {
    return this.page.getByTestId('print-preview');
  }
  get root(): Locator {
    return this.page.getByTestId('print-root');
  }
  get doc(): Locator {
    return this.root.getByTestId('print-doc');
  }
  get previewStatus(): Locator {
    return this.page.getByTestId('preview-status');
  }

  async openPreview(): Promise<void> {
    await this.page.getByTestId('print-button').click();
    await expect(this.preview).toBeVisible();
    await expect(this.preview.getByTestId('print-doc').first()).toBeVisible();
  }

  async choose(what: 'paper' | 'orientation' | 'margins' | 'scale', value: string): Promise<void> {
    await this.page.getByTestId(`preview-${what}`).selectOption(value);
  }

  async closePreview(): Promise<void> {
    await this.page.getByTestId('preview-close').click();
    await expect(this.preview).toBeHidden();
  }

  /** Visible controls on the page (with print media emulated, none should be on paper). */
  controls(): Locator {
    return this.page.locator(
      'button:visible, input:visible, select:visible, textarea:visible, summary:visible',
    );
  }

  async addToBriefing(): Promise<void> {
    await this.page.getByTestId('add-to-briefing').click();
    await expect(this.page.getByTestId('toast')).toBeVisible();
  }

  async openExport(): Promise<Locator> {
    await this.page.getByTestId('export-button').click();
    const list = this.page.getByTestId('export-list');
    await expect(list).toBeVisible();
    return list;
  }
}
