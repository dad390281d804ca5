import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createAtlasI18n } from './i18n';
import { router } from './router';
import { initialLocale } from './stores/settings';
import './styles/base.css';
import './styles/view.css';

createApp(App).use(createPinia()).use(createAtlasI18n(initialLocale())).use(router).mount('#app');
