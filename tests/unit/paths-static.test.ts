// Data folder defaults, DB path precedence, and static file containment.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from '../../electron/core/paths';
import { resolveStaticPath } from '../../electron/core/static-files';

describe('defaultDataDir', () => {
  it('matches Electron appData per platform', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming\\judicial-office-ledger',
    );
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/judicial-office-ledger');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/li')).toBe('/data/cfg/judicial-office-ledger');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/li')).toBe('/home/li/.config/judicial-office-ledger');
    expect(defaultDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/judicial-office-ledger');
  });
});

describe('resolveDbPath', () => {
  const base = { env: {}, dataDir: '/home/li/.config/judicial-office-ledger', cwd: '/work' };
  it('prefers --db, then LEDGER_DB, then the data folder', () => {
    expect(resolveDbPath({ ...base, dbArg: 'x.sqlite', env: { LEDGER_DB: '/e.sqlite' } })).toBe('/work/x.sqlite');
    expect(resolveDbPath({ ...base, env: { LEDGER_DB: '/e.sqlite' } })).toBe('/e.sqlite');
    expect(resolveDbPath({ ...base, env: { LEDGER_DB: ' ' } })).toBe('/home/li/.config/judicial-office-ledger/ledger.sqlite');
    expect(resolveDbPath(base)).toBe('/home/li/.config/judicial-office-ledger/ledger.sqlite');
  });
});

describe('resolveStaticPath', () => {
  const root = path.resolve('/srv/ui');
  it('maps / to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/%E5%9B%BE.png')).toBe(path.join(root, '图.png'));
  });
  it.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/assets/%2e%2e/%2e%2e/x', '/..%2f..%2fx', '/a%5c..%5c..%5cx', '/a%00.js', '/%E0%A4%A', 'relative', '/..'])(
    'refuses %s',
    (p) => expect(resolveStaticPath(root, p)).toBeNull(),
  );
  it('never resolves outside the root, whatever the path', () => {
    const segment = fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', 'a', 'assets', '%2f', '%5c', '', '...', '%00');
    fc.assert(
      fc.property(fc.array(fc.oneof(segment, fc.string({ maxLength: 4 })), { maxLength: 8 }), (parts) => {
        const resolved = resolveStaticPath(root, '/' + parts.join('/'));
        if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
