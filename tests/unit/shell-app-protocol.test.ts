// app://ledger path resolution under hostile input, plus the scheme's privileges.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  isInside,
  resolveAppPath,
} from '../../electron/main/app-protocol';

const root = path.resolve('/srv/ledger/dist/renderer');

describe('resolveAppPath', () => {
  it('serves files below the root, and index.html for folders', () => {
    expect(resolveAppPath(root, 'app://ledger/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, APP_INDEX_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ledger/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://ledger/assets/')).toBe(path.join(root, 'assets', 'index.html'));
    expect(resolveAppPath(root, 'app://ledger/fonts/%E4%BB%BF%E5%AE%8B.woff2?v=1#x')).toBe(
      path.join(root, 'fonts', '仿宋.woff2'),
    );
  });

  it.each([
    'app://ledger/../../etc/passwd',
    'app://ledger/assets/../../../etc/passwd',
    'app://ledger/%2e%2e/secret',
    'app://ledger/%2E%2E/%2E%2E/etc/passwd',
    'app://ledger/.%2e/secret',
    'app://ledger/assets%2f..%2f..%2fsecret',
    'app://ledger/..%5c..%5csecret',
    'app://ledger/..\\..\\secret',
    'app://ledger/a%00b',
    'app://ledger/a\u0000b',
    'app://ledger/%ZZ',
    'app://ledger/C:/Windows/win.ini',
    'app://ledger/index.html:stream',
    'app://evil/index.html',
    'app://ledger.evil/index.html',
    'app://ledger@evil/index.html',
    'app://user:pw@ledger/index.html',
    'app://ledger:8080/index.html',
    'file:///etc/passwd',
    'http://ledger/index.html',
    'javascript:alert(1)',
    'ledger/index.html',
    '',
  ])('refuses %j', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the path (property)', () => {
    const piece = fc.constantFrom('..', '.', '', '%2e', '%2E%2e', '%2f', '%5c', '\\', '%00', 'a', 'b.js', '%', ':', '~', '%E4%BB%BF');
    const pathString = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('/')),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(pathString, (p) => {
        const resolved = resolveAppPath(root, `app://ledger/${p}`);
        return resolved === null || isInside(root, resolved);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps containment with Windows path rules too', () => {
    const winRoot = 'C:\\Program Files\\司法所台账\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppPath(winRoot, 'app://ledger/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of ['app://ledger/..%5c..%5cx', 'app://ledger/C:/x', 'app://ledger/../../x', 'app://ledger//server/share']) {
      const resolved = resolveAppPath(winRoot, url, path.win32);
      expect(resolved === null || isInside(winRoot, resolved, path.win32)).toBe(true);
    }
  });
});

describe('isInside', () => {
  it('compares with path.relative, not prefixes', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(false);
    expect(isInside('/a/b', '/a/bc/d')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..foo')).toBe(true);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('is standard, secure and fetchable, and never bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_INDEX_URL).toBe('app://ledger/index.html');
  });
});
