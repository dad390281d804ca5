import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Overlays of the app shell: the command palette, the About box and the export menu. */
export const useShell = defineStore('shell', () => {
  const paletteOpen = ref(false);
  const aboutOpen = ref(false);
  const exportOpen = ref(false);
  return { paletteOpen, aboutOpen, exportOpen };
});
