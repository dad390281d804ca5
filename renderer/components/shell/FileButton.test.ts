// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { mountAtlas } from '../../test-support/mount';
import FileButton from './FileButton.vue';

function mountButton(native?: () => Promise<boolean>) {
  const { wrapper } = mountAtlas(FileButton, {
    props: { accept: '.json', label: 'Open…', ...(native ? { native } : {}) },
    attrs: { class: 'btn', 'data-testid': 'the-button' },
  });
  const input = wrapper.get<HTMLInputElement>('[data-testid="the-button-input"]');
  const click = vi.spyOn(input.element, 'click').mockImplementation(() => undefined);
  return { wrapper, input, click };
}

describe('FileButton', () => {
  it('puts class, test id and label on the button, and the chooser behind it', async () => {
    const { wrapper, input, click } = mountButton();
    const button = wrapper.get('button[data-testid="the-button"]');
    expect(button.classes()).toContain('btn');
    expect(button.attributes('type')).toBe('button');
    expect(button.text()).toBe('Open…');
    expect(input.attributes('accept')).toBe('.json');
    expect(input.classes()).not.toContain('btn');
    await button.trigger('click');
    await flushPromises();
    expect(click).toHaveBeenCalledOnce();
  });

  it('opens the chooser only when the native dialog is not there', async () => {
    let native = true;
    const { wrapper, click } = mountButton(() => Promise.resolve(native));
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(click).not.toHaveBeenCalled();
    native = false;
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(click).toHaveBeenCalledOnce();
  });

  it('passes on the chosen file', async () => {
    const { wrapper, input } = mountButton();
    const file = new File(['{}'], 'a.json', { type: 'application/json' });
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    expect(wrapper.emitted('picked')).toEqual([[file]]);
  });
});
