// Vite build of the renderer: root renderer/, relative base for app:// and web mode, CSP meta from the shared policy.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from './electron/shared/csp.js';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Directives a <meta> CSP cannot carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const metaPolicy = contentSecurityPolicy(STYLE_NONCE_PLACEHOLDER)
  .split(';')
  .map((d) => d.trim())
  .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0] ?? ''))
  .join('; ');

/**
 * Puts the shared CSP into index.html at build time. The dev server needs inline scripts and
 * websockets for hot reload, so there the meta element is dropped (the built app keeps it).
 */
function cspMeta(): Plugin {
  let serving = false;
  return {
    name: 'ledger-csp-meta',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const meta = /\s*<meta http-equiv="Content-Security-Policy" content="%LEDGER_CSP%" \/>/;
        if (!meta.test(html)) throw new Error('renderer/index.html: CSP meta placeholder not found');
        return serving
          ? html.replace(meta, '')
          : html.replace('%LEDGER_CSP%', metaPolicy.replaceAll('"', '&quot;'));
      },
    },
  };
}

/**
 * Development only: `LEDGER_API='<URL printed by npm run web>' npx vite` forwards /api to that server,
 * authenticating with its token, so the UI can be worked on with hot reload against real data.
 */
function apiProxy(): Record<string, ProxyOptions> | undefined {
  const printed = process.env.LEDGER_API;
  if (!printed) return undefined;
  const url = new URL(printed);
  return {
    '/api': {
      target: url.origin,
      changeOrigin: true,
      headers: { authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
      configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
    },
  };
}

export default defineConfig({
  root: at('./renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  // Puts nonce="LEDGER_STYLE_NONCE" on the page's tags and a <meta property="csp-nonce"> the UI reads;
  // whoever serves index.html replaces the placeholder with a fresh nonce per page.
  html: { cspNonce: STYLE_NONCE_PLACEHOLDER },
  resolve: {
    alias: { '@shared': at('./electron/shared') },
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: apiProxy(),
  },
  build: {
    outDir: at('./dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|dayjs)[\\/]/,
              priority: 20,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
