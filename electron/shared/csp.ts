// The Content-Security-Policy for the UI, the same in the Electron window and in web mode.

/**
 * Stands in the built index.html wherever the style nonce goes (Vite's html.cspNonce puts it on a
 * <meta property="csp-nonce">); the server or app:// handler swaps in a fresh nonce per page.
 */
export const STYLE_NONCE_PLACEHOLDER = 'LEDGER_STYLE_NONCE';

/**
 * No inline or eval'd script. <style> elements need the page's nonce, which Ant Design's CSS-in-JS
 * puts on the ones it writes (ConfigProvider csp), so an injected stylesheet cannot apply. Style
 * *attributes* stay allowed (style-src-attr): antd's components set some through markup, and an
 * attribute can style only its own element — it has no selectors to read the page with.
 */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    `style-src-elem 'self' 'nonce-${styleNonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Generated PDFs are previewed and printed from blob: URLs in a frame; nothing else may be framed.
    "frame-src blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
