import { expect, type Locator, type Page } from '@playwright/test';

export type ImportStepName =
  'file' | 'format' | 'table' | 'columns' | 'names' | 'checks' | 'review';

/** The import wizard and the revision history beside it. */
export class ImportPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('import-view');
  }
  get fileInput(): Locator {
    return this.page.getByTestId('import-choose-input');
  }
  get progress(): Locator {
    return this.page.getByTestId('import-progress');
  }
  get readError(): Locator {
    return this.page.getByTestId('import-read-error');
  }
  get previewRows(): Locator {
    return this.page.getByTestId('import-preview-row');
  }
  get unresolvedRows(): Locator {
    return this.page.getByTestId('import-unresolved-row');
  }
  get problems(): Locator {
    return this.page.getByTestId('import-problem');
  }
  get diffRows(): Locator {
    return this.page.getByTestId('import-diff-row');
  }
  get committed(): Locator {
    return this.page.getByTestId('import-committed');
  }
  /** A failed undo or reset, as the history panel words it. */
  get historyError(): Locator {
    return this.page.getByTestId('history-error');
  }

  get historyItems(): Locator {
    return this.page.getByTestId('history-item');
  }
  get recipeMessage(): Locator {
    return this.page.getByTestId('import-recipe-message');
  }
  /** The sentences of the problem list (without their labels). */
  get problemTexts(): Locator {
    return this.page.getByTestId('import-problem-text');
  }
  get progressBar(): Locator {
    return this.page.getByTestId('import-progress-bar');
  }
  get blocker(): Locator {
    return this.page.getByTestId('import-blocker');
  }
  get commitButton(): Locator {
    return this.page.getByTestId('import-commit');
  }

  /** Choose a file from disk and return at once, while it is still being read. */
  async startChoosing(path: string): Promise<void> {
    await this.step('file').click();
    await this.fileInput.setInputFiles(path);
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('import-cancel').click();
    await expect(this.progress).toHaveCount(0);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-import').click();
    await expect(this.view).toBeVisible();
  }

  async choose(name: string, buffer: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.step('file').click();
    await this.fileInput.setInputFiles({ name, mimeType, buffer });
    await expect(this.progress).toHaveCount(0);
  }

  /** Drop a file on the window, as dragging it from the desktop would. */
  async drop(name: string, buffer: Buffer, type = 'application/octet-stream'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, bytes, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
        return transfer;
      },
      { name, bytes: [...buffer], type },
    );
    await this.view.dispatchEvent('drop', { dataTransfer });
    await expect(this.page.getByTestId('import-file-name')).toHaveText(name);
    await expect(this.progress).toHaveCount(0);
  }

  step(name: ImportStepName): Locator {
    return this.page.getByTestId(`import-step-${name}`);
  }

  async goTo(name: ImportStepName): Promise<void> {
    await this.step(name).click();
    await expect(this.step(name)).toHaveAttribute('aria-current', 'step');
  }

  async next(): Promise<void> {
    await this.page.getByTestId('import-next').click();
  }

  previewKinds(): Promise<(string | null)[]> {
    return this.previewRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
  }

  async teach(printed: string, code: string): Promise<void> {
    const row = this.unresolvedRows.filter({ hasText: printed });
    await row.locator(`[data-testid="import-candidate"][data-code="${code}"]`).click();
    await expect(this.progress).toHaveCount(0);
  }

  problem(code: string, hasText?: string): Locator {
    const byCode = this.page.locator(`[data-testid="import-problem"][data-code="${code}"]`);
    return hasText ? byCode.filter({ hasText }) : byCode;
  }

  async fix(hasText: string): Promise<void> {
    await this.problem('unit_slip', hasText).getByTestId('import-fix').click();
    await expect(this.progress).toHaveCount(0);
  }

  /** Keep every doubted value of the matching problems as printed, one click each. */
  async accept(hasText: string): Promise<void> {
    const slips = this.problem('unit_slip', hasText);
    while ((await slips.count()) > 0) {
      const before = await slips.count();
      await slips.first().getByTestId('import-accept').click();
      await expect(this.progress).toHaveCount(0);
      await expect(slips).not.toHaveCount(before);
    }
  }

  /** Teach the nearest name offered for an unknown one. */
  async teachOffered(printed: string): Promise<void> {
    await this.problem('unresolved_name', printed).getByTestId('import-fix-alias').click();
    await expect(this.progress).toHaveCount(0);
  }

  diffRow(code: string, metric: string): Locator {
    return this.page.locator(
      `[data-testid="import-diff-row"][data-code="${code}"][data-metric="${metric}"]`,
    );
  }

  async commit(): Promise<void> {
    await this.page.getByTestId('import-commit').click();
    await expect(this.committed).toBeVisible();
  }

  /** Undo the current (newest) import from the history list, confirming the dialog. */
  async undoLatest(): Promise<void> {
    await this.page.getByTestId('history-undo').click();
    await expect(this.page.getByTestId('confirm-dialog')).toBeVisible();
  }

  /** Ask to go back to the bundled data, leaving the confirm dialog open. */
  async askReset(): Promise<void> {
    await this.page.getByTestId('history-reset').click();
    await expect(this.page.getByTestId('confirm-dialog')).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('confirm-ok').click();
    await expect(this.page.getByTestId('confirm-dialog')).toBeHidden();
  }
}
