/**
 * The attributes of a panel that is a dialog and takes the focus itself when it opens (the print
 * preview, the city detail drawer): its role, whether the page behind it is inert (`modal`), its
 * name, and tabindex -1, so script can focus it while Tab passes it by.
 */
export function dialogPanel(label: string, modal: boolean) {
  return {
    role: 'dialog',
    'aria-modal': modal ? 'true' : 'false',
    'aria-label': label,
    tabindex: -1,
  } as const;
}
