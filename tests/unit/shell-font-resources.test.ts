// The bundled font reaches the packaged app: builder's extraResources copy exactly the two weights (and the
// licence) to where the desktop app's startup config points the core, and those files exist to be copied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFonts, setBundledFontFolder } from '../../electron/core/documents/fonts';
import { resolveFontFolder } from '../../electron/main/startup-config';

const root = path.join(import.meta.dirname, '..', '..');

/** The extraResources entry of build/electron-builder.yml whose `to` is fonts/… (flat YAML, no parser needed). */
function fontEntry(): { from: string; to: string; filter: string[] } {
  const yml = fs.readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8');
  const m = /- from: (\S+)\n\s+to: (fonts\/\S+)\n\s+filter:\n((?:\s+- \S+\n)+)/.exec(yml);
  if (!m) throw new Error('no fonts entry in extraResources');
  return { from: m[1]!, to: m[2]!, filter: [...m[3]!.matchAll(/- (\S+)/g)].map((x) => x[1]!) };
}

describe('bundled font resources', () => {
  it('are copied from the npm package to where the packaged app looks, and only the weights used', () => {
    const entry = fontEntry();
    const packaged = resolveFontFolder(true, '/opt/ledger/resources/app.asar', '/opt/ledger/resources');
    expect(path.relative('/opt/ledger/resources', packaged).split(path.sep).join('/')).toBe(entry.to);
    expect(resolveFontFolder(false, root, '/unused')).toBe(path.join(root, entry.from));
    expect(entry.filter).toEqual(['400Regular/NotoSerifSC_400Regular.ttf', '700Bold/NotoSerifSC_700Bold.ttf', 'LICENSE_FONT']);
    for (const f of entry.filter) expect(fs.existsSync(path.join(root, entry.from, f)), f).toBe(true);
  });

  it('are the files the documents open, in a staged packaged layout', () => {
    const entry = fontEntry();
    const staged = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-fonts-'));
    try {
      for (const f of entry.filter) {
        fs.mkdirSync(path.dirname(path.join(staged, entry.to, f)), { recursive: true });
        fs.copyFileSync(path.join(root, entry.from, f), path.join(staged, entry.to, f));
      }
      setBundledFontFolder(resolveFontFolder(true, path.join(staged, 'app.asar'), staged));
      const { regular, bold } = bundledFonts();
      expect(fs.existsSync(regular.path) && fs.existsSync(bold.path)).toBe(true);
    } finally {
      setBundledFontFolder(path.join(root, entry.from));
      fs.rmSync(staged, { recursive: true, force: true });
    }
  });
});
