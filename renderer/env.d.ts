/// <reference types="vite/client" />
import type { MenuBridge } from '../core/actions';
import type { AtlasApi } from '../core/api';

declare global {
  interface Window {
    /** Present in Electron (preload); absent in the browser harness. */
    atlas?: AtlasApi;
    /** The application menu's clicks (Electron only). */
    atlasMenu?: MenuBridge;
    /** Requests public/boot.js started before the bundle loaded (boot-prefetch.ts takes them). */
    atlasBoot?: Record<
      'getWorkingData' | 'getBoundaries',
      { value?: Promise<unknown>; response?: Promise<Response> } | null
    >;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
