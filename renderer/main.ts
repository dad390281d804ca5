// First: takes boot.js's requests and asks for the first view's code before the app is set up.
import './boot';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createAtlasI18n } from './i18n';
import { router } from './router';
import { initialLocale } from './stores/settings';
// The bundled Chinese font loads after the first view has painted (app-fonts.ts, App.vue).
import './styles/base.css';
import './styles/view.css';
import './styles/tooltip.css';
import './styles/print.css';

createApp(App).use(createPinia()).use(createAtlasI18n(initialLocale())).use(router).mount('#app');
