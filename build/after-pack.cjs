// electron-builder afterPack hook: checks the rebuilt native addon's ABI and CPU, flips Electron's fuses in the packed
// executable and reads them back; any mismatch stops the build. It runs before signing (fuses change the binary).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { Arch } = require('electron-builder');
const { packsNodeAddon } = require('./before-pack.cjs');
const { describeAddon } = require('./native-addon.cjs');
const { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } = require('@electron/fuses');

/** A fuse's byte in the wire: ASCII '1' on, '0' off (@electron/fuses keeps these in an unexported enum). */
const ENABLED = 0x31;
const DISABLED = 0x30;

/** The fuses the app ships with (docs/security.md, item 19). */
const FUSES = Object.freeze({
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** The Electron executable electron-builder wrote into appOutDir: `<productName>.exe` on Windows, the executableName on Linux. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName);
  throw new Error(`afterPack: no fuse plan for platform ${electronPlatformName}`);
}

/** The fuses whose state in the binary is not what FUSES asks for, by name. */
function mismatchedFuses(wire) {
  return Object.entries(FUSES)
    .filter(([index, on]) => wire[index] !== (on ? ENABLED : DISABLED))
    .map(([index]) => FuseV1Options[index]);
}

/** The ABI of the Electron being packed (node_modules/electron/abi_version), or Node's when the layout test packs its build. */
function expectedAbi(context) {
  if (packsNodeAddon(context)) return process.versions.modules;
  return fs.readFileSync(path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
}

/**
 * The rebuilt better-sqlite3 must be for this Electron and this arch: the known trap is a build against Node's headers
 * (npm's nodedir) or for the host's CPU, which installs fine and fails only when a user starts the app.
 */
function checkNativeAddon(context, abi = expectedAbi(context)) {
  const file = path.join(context.appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(file)) throw new Error(`afterPack: the native addon is missing: ${file}`);
  const found = describeAddon(fs.readFileSync(file));
  const arch = Arch[context.arch];
  if (found.abi !== abi || found.arch !== arch) {
    throw new Error(`afterPack: better_sqlite3.node is for ABI ${found.abi} / ${found.arch}, the app needs ABI ${abi} / ${arch}`);
  }
}

async function afterPack(context) {
  checkNativeAddon(context);
  const executable = executablePath(context);
  await flipFuses(executable, { version: FuseVersion.V1, ...FUSES });
  const wrong = mismatchedFuses(await getCurrentFuseWire(executable));
  if (wrong.length > 0) throw new Error(`afterPack: fuses not set in ${executable}: ${wrong.join(', ')}`);
  console.log(`  • fuses flipped and read back in ${path.basename(executable)} (${Object.keys(FUSES).length} fuses)`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.executablePath = executablePath;
module.exports.mismatchedFuses = mismatchedFuses;
module.exports.checkNativeAddon = checkNativeAddon;
