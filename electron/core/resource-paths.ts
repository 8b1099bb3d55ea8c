// The one resolver of the app's bundled files, for the source tree (CLI, web mode, tests, `npm start`) and the installed app.
import path from 'node:path';

/**
 * Where the program runs from. `source`: the repository (or any folder laid out like it). `packaged`: an installed
 * app, whose code is in `appPath` (resources/app.asar) and whose extraResources are in `resourcesPath`.
 */
export type ResourceLayout =
  | { readonly kind: 'source'; readonly root: string }
  | { readonly kind: 'packaged'; readonly appPath: string; readonly resourcesPath: string };

export interface ResourcePaths {
  /** drizzle-kit's SQL migrations and their journal (meta/_journal.json). */
  readonly migrationsFolder: string;
  /** The bundled OFL font: the weight folders 400Regular/ and 700Bold/ and LICENSE_FONT. */
  readonly fontFolder: string;
  /** The built renderer: index.html and assets/. */
  readonly rendererDir: string;
  /** The package.json whose version the app reports. */
  readonly packageJson: string;
}

/** In the source tree, relative to its root. */
export const SOURCE_RESOURCES = {
  migrations: 'drizzle/migrations',
  font: 'node_modules/@expo-google-fonts/noto-serif-sc',
  renderer: 'dist/renderer',
} as const;

/**
 * In an installed app, relative to the resources folder: where build/electron-builder.config.cjs's extraResources
 * copy them (tests/unit/builder-config.test.ts holds the two together). The renderer and package.json are app files
 * inside app.asar, which Electron reads like a folder.
 */
export const PACKAGED_RESOURCES = {
  migrations: 'drizzle/migrations',
  font: 'fonts/noto-serif-sc',
} as const;

const join = (base: string, relative: string): string => path.join(base, ...relative.split('/'));

export function resolveResources(layout: ResourceLayout): ResourcePaths {
  if (layout.kind === 'source') {
    return {
      migrationsFolder: join(layout.root, SOURCE_RESOURCES.migrations),
      fontFolder: join(layout.root, SOURCE_RESOURCES.font),
      rendererDir: join(layout.root, SOURCE_RESOURCES.renderer),
      packageJson: path.join(layout.root, 'package.json'),
    };
  }
  return {
    migrationsFolder: join(layout.resourcesPath, PACKAGED_RESOURCES.migrations),
    fontFolder: join(layout.resourcesPath, PACKAGED_RESOURCES.font),
    rendererDir: join(layout.appPath, SOURCE_RESOURCES.renderer),
    packageJson: path.join(layout.appPath, 'package.json'),
  };
}
