// Pins what only a packaged build can show: the fuses the afterPack hook flips, and that the shell never opens external URLs or files.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

/** The fuses the afterPack hook sets, by @electron/fuses' names. */
function fuses(): Record<string, boolean> {
  const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, string> };
  const { FUSES } = require(path.join(root, 'build', 'after-pack.cjs')) as { FUSES: Record<string, boolean> };
  return Object.fromEntries(Object.entries(FUSES).map(([index, on]) => [FuseV1Options[index]!, on]));
}

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

describe('electron fuses (flipped by the afterPack hook when packaging)', () => {
  it('turn off run-as-node, NODE_OPTIONS, --inspect and file:// privileges; turn on asar integrity and asar-only loading', () => {
    expect(fuses()).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
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
