import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Overlays of the app shell: the command palette and the About box. */
export const useShell = defineStore('shell', () => {
  const paletteOpen = ref(false);
  const aboutOpen = ref(false);
  return { paletteOpen, aboutOpen };
});
