/**
 * The one way a popover, tooltip or menu of the app is placed: fixed coordinates next to its
 * anchor from placePopover (flipped above at the bottom, shifted in at the edges, clear of the
 * navigation rail), measured once the popover is rendered and re-placed while it is open when the
 * page scrolls or the window is resized. The popover stays invisible until it has its place
 * (bind `style` and hide it while `style` is null), so it never flashes at the wrong spot.
 */
import { nextTick, onBeforeUnmount, ref } from 'vue';
import { placePopover } from './popover-place';

export interface PopoverStyle {
  left: string;
  top: string;
}

export function usePopover(opts: { align?: 'start' | 'end'; gap?: number } = {}) {
  const style = ref<PopoverStyle | null>(null);
  let anchor: HTMLElement | null = null;
  let pop: (() => HTMLElement | null) | null = null;

  function measure(): void {
    const el = pop?.();
    if (!anchor || !el || !anchor.isConnected) return;
    const rail = document.querySelector('[data-testid="nav-rail"]')?.getBoundingClientRect();
    const p = placePopover(
      anchor.getBoundingClientRect(),
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
      {
        align: opts.align,
        gap: opts.gap,
        avoidLeft: rail && rail.width > 0 ? rail.right + 4 : 0,
      },
    );
    style.value = { left: `${Math.round(p.left)}px`, top: `${Math.round(p.top)}px` };
  }

  const onMove = () => measure();
  function listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', onMove, true);
    window[method]('resize', onMove);
  }

  /** Places the popover (`popEl` is read after the next render) beside `anchorEl`. */
  async function open(anchorEl: HTMLElement, popEl: () => HTMLElement | null): Promise<void> {
    if (!anchor) listen(true);
    anchor = anchorEl;
    pop = popEl;
    style.value = null;
    await nextTick();
    measure();
  }

  function close(): void {
    if (anchor) listen(false);
    anchor = null;
    pop = null;
    style.value = null;
  }

  onBeforeUnmount(close);
  return { style, open, close, measure };
}

/**
 * The events of a tooltip's anchor, for `v-on`: pointing at it or focusing it shows the tooltip,
 * leaving or blurring hides it, so keyboard users get every tooltip a mouse user does.
 */
export function tooltipTriggers(show: (e: Event) => void, hide: () => void) {
  return { mouseenter: show, focus: show, mouseleave: hide, blur: hide };
}
