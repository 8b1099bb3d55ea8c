// Pins what only a packaged build can show: the fuses electron-builder flips, and that the shell never opens external URLs or files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');

/** The `electronFuses:` block of build/electron-builder.yml as key → value (flat YAML, no parser needed). */
function fuses(): Record<string, string> {
  const yml = fs.readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?:[ \t]+\S.*\n?)+)/m.exec(yml)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(\S+)/gm)].map((m) => [m[1]!, m[2]!]));
}

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

describe('electron fuses (flipped by electron-builder when packaging)', () => {
  it('turn off run-as-node, NODE_OPTIONS, --inspect and file:// privileges; turn on asar integrity and asar-only loading', () => {
    expect(fuses()).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});

describe('no external opening', () => {
  it('no shell or renderer code calls shell.openExternal or shell.openPath', () => {
    const offenders = [...sources('electron'), ...sources('renderer/src')].filter((file) =>
      /\bopen(External|Path)\s*\(/.test(fs.readFileSync(path.join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
