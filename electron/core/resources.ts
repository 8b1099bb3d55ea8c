// Where the core's bundled files sit when it runs from the source tree (CLI, web mode, tests).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

export const sourceMigrationsFolder = fileURLToPath(new URL('drizzle/migrations', root));
export const sourceRendererFolder = fileURLToPath(new URL('dist/renderer', root));

export const appVersion: string = (
  JSON.parse(fs.readFileSync(new URL('package.json', root), 'utf8')) as { version: string }
).version;
