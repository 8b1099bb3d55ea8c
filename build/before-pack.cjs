// electron-builder beforePack hook, run once per target arch before the app's files are copied: rebuilds better-sqlite3
// for Electron's ABI and that arch inside the staged app (release/app) only. electron-builder's own rebuild (npmRebuild)
// searches up to the repository: during an offline `npm run dist` here it deleted the Node build of the repository's
// node_modules/better-sqlite3, which the tests, the CLI and web mode load. So npmRebuild is off and this does it.
'use strict';

const { Arch } = require('electron-builder');

/** The packaged-layout test packs the Node build it staged, which it can run in Node; nothing to rebuild. */
const packsNodeAddon = () => process.env.LEDGER_PACK_NODE_ADDON === '1';

/** What @electron/rebuild is asked: exactly better-sqlite3, searched for in the staged app and nowhere above it. */
function rebuildOptions(context) {
  const appDir = context.packager.info.appDir;
  return {
    buildPath: appDir,
    projectRootPath: appDir,
    electronVersion: context.packager.config.electronVersion,
    platform: context.electronPlatformName,
    arch: Arch[context.arch],
    onlyModules: ['better-sqlite3'],
    force: true,
    // A prebuilt binary from better-sqlite3's releases when there is one, else a compile against Electron's headers.
    buildFromSource: false,
    mode: 'sequential',
  };
}

/**
 * npm's `nodedir` (set on the project machine) makes node-gyp build against Node's headers: an addon for the wrong ABI
 * that installs fine and fails when a user starts the app. Electron's headers are what the compile must fetch.
 */
function dropNodedir(env) {
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
}

async function beforePack(context) {
  if (packsNodeAddon()) return;
  dropNodedir(process.env);
  const { rebuild } = await import('@electron/rebuild');
  const options = rebuildOptions(context);
  console.log(`  • rebuilding better-sqlite3 for Electron ${options.electronVersion} ${options.platform}-${options.arch} in ${options.buildPath}`);
  await rebuild(options);
}

module.exports = beforePack;
module.exports.default = beforePack;
module.exports.rebuildOptions = rebuildOptions;
module.exports.packsNodeAddon = packsNodeAddon;
