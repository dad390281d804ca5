/**
 * Esc closes the popup the user is in: a `<details data-popup>` dropdown (the province picker and
 * the like) closes and gives focus back to its summary. Dialogs, the drawer, the palette and the
 * export menu close themselves; plain disclosure sections (no data-popup) are left as they are.
 * Installed in both hosts (the desktop menu does not own Esc).
 */
export function installEscapeCloser(): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const open = [...document.querySelectorAll<HTMLDetailsElement>('details[data-popup][open]')];
    if (!open.length) return;
    const active = document.activeElement;
    const inside = open.filter((d) => d.contains(active));
    for (const d of inside.length ? inside.slice(-1) : open) d.open = false;
    if (inside.length) inside.at(-1)!.querySelector('summary')?.focus();
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
