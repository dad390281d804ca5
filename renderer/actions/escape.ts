/**
 * Esc closes the popup the user is in: a `<details data-popup>` dropdown (the province picker and
 * the like) closes and gives focus back to its summary. The palette, the print preview, the export
 * menu and a source popover close themselves and take the key (`preventDefault`): Vue has removed
 * them before the key reaches the window, so that mark is how this knows. What is left goes to
 * `outer`, which closes a panel that stays open beside the view wherever the focus is (the city
 * drawer) and says whether it did — unless something nearer the focus handles Esc: an open modal
 * dialog (About, a confirmation) or a search box with text in it, which Esc clears.
 * Plain disclosure sections (no data-popup) are left as they are.
 * Installed in both hosts (the desktop menu does not own Esc).
 */
export function installEscapeCloser(outer: () => boolean = () => false): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const open = [...document.querySelectorAll<HTMLDetailsElement>('details[data-popup][open]')];
    const active = document.activeElement;
    if (open.length) {
      const inside = open.filter((d) => d.contains(active));
      for (const d of inside.length ? inside.slice(-1) : open) d.open = false;
      if (inside.length) inside.at(-1)!.querySelector('summary')?.focus();
      event.preventDefault();
      return;
    }
    if (nearerTakesEscape(active)) return;
    if (outer()) event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

/** A modal dialog is open, or the focus is in a search box that Esc empties. */
function nearerTakesEscape(active: Element | null): boolean {
  const modal = [...document.querySelectorAll('dialog[open]')].some((d) => d.matches(':modal'));
  if (modal || document.querySelector('[aria-modal="true"]')) return true;
  return active instanceof HTMLInputElement && active.type === 'search' && active.value !== '';
}
