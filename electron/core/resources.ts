// Where the core's bundled files sit when it runs from the source tree (CLI, web mode, tests).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveResources } from './resource-paths';

const source = resolveResources({ kind: 'source', root: fileURLToPath(new URL('../../', import.meta.url)) });

export const sourceMigrationsFolder = source.migrationsFolder;
export const sourceRendererFolder = source.rendererDir;

export const appVersion: string = (JSON.parse(fs.readFileSync(source.packageJson, 'utf8')) as { version: string }).version;
