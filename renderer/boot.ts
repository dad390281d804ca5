// The first import of main.ts, so its requests start before the rest of the app is evaluated.
import { startBootPrefetch } from './boot-prefetch';

startBootPrefetch();
