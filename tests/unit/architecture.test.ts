// Runtime boundaries, checked on the source itself: shared/core never import electron; renderer imports neither Node nor core.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|cts|js|mjs)$/.test(f))
    .map((f) => path.join(abs, f));
}

/** Every module specifier: static imports/exports, dynamic import() and require(). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

function offenders(dir: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(fs.readFileSync(file, 'utf8'))
      .filter((s) => forbidden(s, file))
      .map((s) => `${path.relative(root, file)} → ${s}`),
  );
}

const isNode = (s: string) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]!);
const resolvesInto = (s: string, file: string, dirs: string[]) =>
  s.startsWith('.') && dirs.some((d) => path.resolve(path.dirname(file), s).startsWith(path.join(root, d)));

/** `@shared/x` is electron/shared/x; `@shared/../core/y` would climb out of it. */
const escapesSharedAlias = (s: string) => {
  if (!s.startsWith('@shared/')) return false;
  const shared = path.join(root, 'electron', 'shared');
  return !path.resolve(shared, s.slice('@shared/'.length)).startsWith(shared + path.sep);
};

describe('architecture', () => {
  it('sees through the @shared alias', () => {
    expect(escapesSharedAlias('@shared/contract')).toBe(false);
    expect(escapesSharedAlias('@shared/../core/index')).toBe(true);
  });

  it('the import scanner sees every form of import', () => {
    expect(importsOf(`import a from 'x';\nimport type { B } from "y";\nexport * from './z';\nconst c = await import('w');\nrequire('v');\nimport 'side';`)).toEqual(
      expect.arrayContaining(['x', 'y', './z', 'w', 'v', 'side']),
    );
  });

  it('shared and core never import electron', () => {
    for (const dir of ['electron/shared', 'electron/core', 'electron/web', 'electron/cli', 'drizzle/schema']) {
      expect(offenders(dir, (s) => s === 'electron' || s.startsWith('electron/')), dir).toEqual([]);
    }
  });

  it('shared imports no Node built-ins and no runtime-specific code', () => {
    expect(
      offenders('electron/shared', (s, f) => isNode(s) || resolvesInto(s, f, ['electron/core', 'electron/main', 'electron/preload', 'electron/web', 'electron/cli', 'drizzle'])),
    ).toEqual([]);
  });

  it('the renderer imports neither Node, Electron, the database nor the core', () => {
    const banned = (s: string, f: string) =>
      isNode(s) ||
      s === 'electron' ||
      s.startsWith('better-sqlite3') ||
      s.startsWith('drizzle-orm') ||
      resolvesInto(s, f, ['electron/core', 'electron/main', 'electron/preload', 'electron/web', 'electron/cli', 'drizzle']) ||
      escapesSharedAlias(s);
    expect(sourceFiles('renderer/src').length).toBeGreaterThan(0);
    expect(offenders('renderer/src', banned)).toEqual([]);
  });

  it('the preload imports only electron', () => {
    expect(offenders('electron/preload', (s) => s !== 'electron' && !s.startsWith('../shared/'))).toEqual([]);
  });
});
