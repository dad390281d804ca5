import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette, the About box and the toast of the app shell. */
export class ShellOverlays {
  constructor(readonly page: Page) {}

  get palette(): Locator {
    return this.page.getByTestId('palette');
  }
  get paletteInput(): Locator {
    return this.page.getByTestId('palette-input');
  }
  get hits(): Locator {
    return this.page.getByTestId('palette-hit');
  }
  get about(): Locator {
    return this.page.getByTestId('about');
  }
  get toast(): Locator {
    return this.page.getByTestId('toast');
  }

  /** Ctrl+K (⌘K on macOS), as a person opens it. */
  async openPalette(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.palette).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.paletteInput.fill(text);
  }

  /** The hit for an action id or an entity code. */
  hit(id: string): Locator {
    return this.page.locator(`[data-testid="palette-hit"][data-id="${id}"]`);
  }
}

/** The settings screen. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('settings-view');
  }
  field(name: string): Locator {
    return this.page.getByTestId(`settings-${name}`);
  }
  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.view).toBeVisible();
  }
}
