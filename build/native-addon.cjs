// What the packaging hooks and scripts/electron-native.mjs (`npm start`) share about better-sqlite3's native addon: what a
// built addon is for (its Node-API module version and CPU), and the npm setting that would build it for the wrong ABI.
'use strict';

/** The machine field of an ELF or PE file, by the arch names electron-builder and Node use. */
const MACHINES = { elf: { 0x3e: 'x64', 0xb7: 'arm64' }, pe: { 0x8664: 'x64', 0xaa64: 'arm64' } };

/** What a native addon was built for: `abi` from its node_register_module_v<N> symbol, `arch` from its header. */
function describeAddon(bytes) {
  const abi = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'))?.[1];
  let arch;
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) arch = MACHINES.elf[bytes.readUInt16LE(18)];
  else if (bytes.length >= 0x40 && bytes.readUInt16LE(0) === 0x5a4d) {
    const header = bytes.readUInt32LE(0x3c);
    if (header + 6 <= bytes.length) arch = MACHINES.pe[bytes.readUInt16LE(header + 4)];
  }
  return { abi, arch };
}

/**
 * Removes npm's `nodedir` (set on the project machine): with it, node-gyp builds against Node's headers — an addon for
 * the wrong ABI that installs fine and fails only when a user starts the app.
 */
function dropNodedir(env) {
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  return env;
}

module.exports = { describeAddon, dropNodedir };
