// The Content-Security-Policy parsed into directives and pinned: no inline or eval'd script, nothing remote, no framing.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/shared/csp';
import { newNonce, uiSecurityHeaders } from '../../electron/core/static-files';

/** Directive name → its source list, as a browser splits the header (duplicates would be ignored, so they fail here). */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `duplicate directive ${name}`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const nonce = newNonce();
const policy = parse(contentSecurityPolicy(nonce));

describe('contentSecurityPolicy', () => {
  it('starts from nothing: default-src none, no plugins, no base or form targets, never framed', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('runs only the app’s own script files: no inline, eval, wasm-eval or remote script', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.has('script-src-elem')).toBe(false);
    expect(policy.has('script-src-attr')).toBe(false);
  });

  it('applies <style> elements only with this response’s nonce; only style attributes are inline', () => {
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get('style-src-elem')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('loads and connects to its own origin only (images also from data:/blob: it made itself)', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    // Only the PDFs the app generated itself (blob: URLs) may be framed, for preview and printing.
    expect(policy.get('frame-src')).toEqual(['blob:']);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} allows a remote or wildcard source`).not.toMatch(/^(\*|https?:|wss?:|file:|filesystem:)/);
        if (name !== 'style-src-attr') expect(source, `${name} allows inline or eval`).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval/);
      }
    }
  });

  it('lists exactly these directives', () => {
    expect([...policy.keys()].sort()).toEqual(
      ['base-uri', 'connect-src', 'default-src', 'font-src', 'form-action', 'frame-ancestors', 'frame-src', 'img-src', 'object-src', 'script-src', 'style-src', 'style-src-attr', 'style-src-elem'].sort(),
    );
  });

  it('is sent with nosniff and no referrer on every UI response, with a fresh nonce each time', () => {
    const headers = uiSecurityHeaders(nonce);
    expect(headers).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(nonce),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(newNonce()).not.toBe(nonce);
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
