// The main window's options: every webPreferences security flag is pinned here.
import { describe, expect, it } from 'vitest';
import { buildWindowOptions, WINDOW_TITLE } from '../../electron/main/window-options';

describe('buildWindowOptions', () => {
  const packaged = buildWindowOptions({ preloadPath: '/app/dist-electron/preload.cjs', isPackaged: true });
  const dev = buildWindowOptions({ preloadPath: '/repo/dist-electron/preload.cjs', isPackaged: false });

  it('locks down the renderer', () => {
    expect(packaged.webPreferences).toEqual({
      preload: '/app/dist-electron/preload.cjs',
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
      plugins: true,
      devTools: false,
    });
  });

  it('allows DevTools only in development', () => {
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences?.sandbox).toBe(true);
    expect(dev.webPreferences?.contextIsolation).toBe(true);
  });

  it('never sets the dangerous switches at all', () => {
    const prefs = packaged.webPreferences ?? {};
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session']) {
      expect(prefs).not.toHaveProperty(key);
    }
  });

  it('opens hidden, titled and reasonably sized', () => {
    expect(packaged).toMatchObject({ title: WINDOW_TITLE, show: false, backgroundColor: '#f5f5f5' });
    expect(WINDOW_TITLE).toBe('司法所台账');
    expect(packaged.width).toBeGreaterThanOrEqual(packaged.minWidth ?? 0);
    expect(packaged.height).toBeGreaterThanOrEqual(packaged.minHeight ?? 0);
    expect(packaged.minWidth).toBeGreaterThanOrEqual(1000);
  });
});
