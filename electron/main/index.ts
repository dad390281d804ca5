/** Electron entry. Everything else waits to be called: nothing runs at import time. */
import { startApp } from './app';

startApp();
