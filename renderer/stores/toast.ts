import { defineStore } from 'pinia';
import { ref } from 'vue';

/** One short message about something an action did away from where the user looks. */
export const useToast = defineStore('toast', () => {
  const message = ref<{ text: string; bad: boolean } | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  function show(text: string, bad = false): void {
    message.value = { text, bad };
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => (message.value = null), 6000);
  }
  return { message, show, clear: () => (message.value = null) };
});
