import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The briefing view: cover fields, pinned items, save, open, print. */
export class BriefingPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('briefing-view');
  }
  get items(): Locator {
    return this.page.getByTestId('briefing-item');
  }
  get error(): Locator {
    return this.page.getByTestId('briefing-error');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-briefing').click();
    await expect(this.view).toBeVisible();
  }

  item(i: number) {
    const root = this.items.nth(i);
    return {
      root,
      title: root.getByTestId('pin-title'),
      heading: root.getByTestId('item-heading'),
      notes: root.getByTestId('item-notes'),
      changed: root.getByTestId('item-changed'),
      up: root.getByTestId('item-up'),
      down: root.getByTestId('item-down'),
      remove: root.getByTestId('item-remove'),
    };
  }

  /** The views of the pinned items, in order. */
  async views(): Promise<string[]> {
    return this.items.evaluateAll((els) => els.map((e) => e.getAttribute('data-view') ?? ''));
  }

  async setCover(title: string, author: string): Promise<void> {
    await this.page.getByTestId('briefing-title').fill(title);
    await this.page.getByTestId('briefing-author').fill(author);
  }

  /** Saves (a download in a browser) and returns the file's text. */
  async save(): Promise<{ name: string; text: string }> {
    const done: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByTestId('briefing-save').click();
    const d = await done;
    const stream = await d.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async openText(name: string, text: string): Promise<void> {
    await this.page
      .getByTestId('briefing-file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async clear(): Promise<void> {
    await this.page.getByTestId('briefing-clear').click();
    await expect(this.items).toHaveCount(0);
  }
}
