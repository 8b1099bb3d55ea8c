// The main window's construction options, with every webPreferences security flag spelled out.
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = '司法所台账';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  preloadPath: string;
  /** DevTools exist only in development builds. */
  isPackaged: boolean;
}

/** Options for the single app window; it stays hidden until the first paint ('ready-to-show'). */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    // Ant Design's layout background, so the window is not white-flashed before the first paint.
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Electron's only plugin is Chromium's built-in PDF viewer: it previews and prints the PDFs the app
      // generates (blob: URLs in a frame; the CSP frames nothing else and keeps object-src 'none').
      plugins: true,
      devTools: !input.isPackaged,
    },
  };
}
