// The Content-Security-Policy for the UI, the same in the Electron window and in web mode.

/**
 * No inline or eval'd script. Inline styles are allowed because Ant Design's CSS-in-JS writes
 * <style> elements at run time; scripts stay locked to the app's own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
