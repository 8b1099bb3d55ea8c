// electron-builder beforePack hook, run once per target arch before the app's files are copied: rebuilds better-sqlite3
// for Electron's ABI and that arch inside the staged app (release/app) only. electron-builder's own rebuild (npmRebuild)
// searches up to the repository: during an offline `npm run dist` here it deleted the Node build of the repository's
// node_modules/better-sqlite3, which the tests, the CLI and web mode load. So npmRebuild is off and this does it.
'use strict';

const { Arch } = require('electron-builder');
const { dropNodedir } = require('./native-addon.cjs');

/**
 * LEDGER_PACK_NODE_ADDON=1: the packaged-layout test packs the Node build it staged (it runs the packed app in Node),
 * so nothing is rebuilt and afterPack expects Node's ABI. Refused for anything but an unpacked `dir` build, so a
 * variable left in a shell cannot put a Node addon into an installer.
 */
function packsNodeAddon(context) {
  if (process.env.LEDGER_PACK_NODE_ADDON !== '1') return false;
  const targets = context.targets.map((t) => t.name);
  if (targets.some((name) => name !== 'dir')) {
    throw new Error(`LEDGER_PACK_NODE_ADDON is for the packaged-layout test (--dir) only; unset it to build ${targets.join(', ')}`);
  }
  return true;
}

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

async function beforePack(context) {
  if (packsNodeAddon(context)) return;
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
