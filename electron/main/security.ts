/**
 * Session- and contents-level locks: no navigation away from the app, no new windows, no
 * permissions, and no request to any origin but the app's own (the app works offline by design,
 * so a request elsewhere is a bug or an attack, never a feature).
 */
import { app, session, type WebContents } from 'electron';
import { isAppOrigin } from './protocol';

const isAppUrl = (url: string): boolean => isAppOrigin(url) || url.startsWith('devtools://');

export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('data:') });
  });
}

export function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
