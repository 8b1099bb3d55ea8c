// The afterPack hook on stand-in executables: it flips the fuses and reads them back, finds the executable electron-builder
// named on each platform, and refuses a native addon built for the wrong ABI or CPU.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWire, SHIPPED_WIRE, standInExecutable } from '../helpers/stand-in-electron';

const require = createRequire(import.meta.url);
const root = path.join(import.meta.dirname, '..', '..');

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  targets?: { name: string }[];
  packager: { appInfo: { productFilename: string }; executableName: string };
}
interface Hook {
  (context: PackContext): Promise<void>;
  executablePath(context: PackContext): string;
  checkNativeAddon(context: PackContext, abi?: string): void;
}
const hook = require(path.join(root, 'build', 'after-pack.cjs')) as Hook;
const { describeAddon } = require(path.join(root, 'build', 'native-addon.cjs')) as {
  describeAddon(bytes: Buffer): { abi: string | undefined; arch: string | undefined };
};
const ARCH = { x64: 1, arm64: 3 } as const;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-afterpack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A packed app folder with the stand-in executable and `addon` as the unpacked better-sqlite3. */
function packed(name: string, platform: 'linux' | 'win32', addon: Buffer, arch: keyof typeof ARCH = 'x64'): PackContext {
  const appOutDir = path.join(work, name);
  const context: PackContext = {
    appOutDir,
    electronPlatformName: platform,
    arch: ARCH[arch],
    packager: { appInfo: { productFilename: '司法所台账' }, executableName: 'judicial-office-ledger' },
  };
  const addonDir = path.join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release');
  fs.mkdirSync(addonDir, { recursive: true });
  fs.writeFileSync(path.join(addonDir, 'better_sqlite3.node'), addon);
  fs.writeFileSync(hook.executablePath(context), standInExecutable());
  return context;
}

/** Just enough of an ELF or PE header for the machine field, plus the module-version symbol. */
function addon(format: 'elf' | 'pe', machine: number, abi: string): Buffer {
  const bytes = Buffer.alloc(256);
  if (format === 'elf') {
    bytes.writeUInt32BE(0x7f454c46, 0);
    bytes.writeUInt16LE(machine, 18);
  } else {
    bytes.writeUInt16LE(0x5a4d, 0);
    bytes.writeUInt32LE(0x80, 0x3c);
    bytes.write('PE\0\0', 0x80, 'latin1');
    bytes.writeUInt16LE(machine, 0x84);
  }
  return Buffer.concat([bytes, Buffer.from(`\0node_register_module_v${abi}\0`, 'latin1')]);
}

const electronAbi = fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();

describe('the afterPack hook', () => {
  it('names the executable as electron-builder writes it: 司法所台账.exe on Windows, the executableName on Linux', () => {
    const base = { appOutDir: '/out', arch: 1, packager: { appInfo: { productFilename: '司法所台账' }, executableName: 'judicial-office-ledger' } };
    expect(hook.executablePath({ ...base, electronPlatformName: 'win32' })).toBe(path.join('/out', '司法所台账.exe'));
    expect(hook.executablePath({ ...base, electronPlatformName: 'linux' })).toBe(path.join('/out', 'judicial-office-ledger'));
    expect(() => hook.executablePath({ ...base, electronPlatformName: 'darwin' })).toThrow(/darwin/);
  });

  it('flips run-as-node, NODE_OPTIONS, --inspect and file:// privileges off, asar integrity and asar-only on', async () => {
    for (const platform of ['linux', 'win32'] as const) {
      const context = packed(`fuses-${platform}`, platform, addon(platform === 'linux' ? 'elf' : 'pe', platform === 'linux' ? 0x3e : 0x8664, electronAbi));
      const exe = hook.executablePath(context);
      expect(readWire(exe)).toBe(SHIPPED_WIRE);
      await hook(context);
      // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, only-asar, (V8 snapshot untouched), file://,
      // (the unnamed ninth fuse untouched).
      expect(readWire(exe)).toBe('010011001');
    }
  });

  it('changes every fuse it sets from Electron’s default, so the read-back would catch a flip that did not happen', () => {
    const { FUSES } = require(path.join(root, 'build', 'after-pack.cjs')) as { FUSES: Record<string, boolean> };
    for (const [index, on] of Object.entries(FUSES)) expect(SHIPPED_WIRE[Number(index)], `fuse ${index}`).toBe(on ? '0' : '1');
  });

  it('refuses the layout test’s Node-addon switch for anything but an unpacked dir build', async () => {
    const context = { ...packed('switch', 'linux', addon('elf', 0x3e, process.versions.modules)), targets: [{ name: 'deb' }] };
    process.env.LEDGER_PACK_NODE_ADDON = '1';
    try {
      await expect(hook(context)).rejects.toThrow(/LEDGER_PACK_NODE_ADDON .* unset it to build deb/);
      expect(() => hook.checkNativeAddon({ ...context, targets: [{ name: 'dir' }] })).not.toThrow();
    } finally {
      delete process.env.LEDGER_PACK_NODE_ADDON;
    }
    expect(readWire(hook.executablePath(context))).toBe(SHIPPED_WIRE);
  });

  it('stops the build on a binary without a fuse wire', async () => {
    const context = packed('no-wire', 'linux', addon('elf', 0x3e, electronAbi));
    fs.writeFileSync(hook.executablePath(context), Buffer.from('not electron'));
    await expect(hook(context)).rejects.toThrow(/sentinel/);
  });

  it('reads the ABI and CPU of the real Node build of better-sqlite3, and nothing from a file too short for a header', () => {
    const real = fs.readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(describeAddon(real)).toEqual({ abi: process.versions.modules, arch: process.arch });
    expect(describeAddon(Buffer.from('MZ'))).toEqual({ abi: undefined, arch: undefined });
  });

  it('accepts the addon built for this Electron and arch, refuses Node’s ABI or another CPU, before touching the fuses', async () => {
    expect(() => hook.checkNativeAddon(packed('elf-arm', 'linux', addon('elf', 0xb7, electronAbi), 'arm64'))).not.toThrow();
    expect(() => hook.checkNativeAddon(packed('pe-x64', 'win32', addon('pe', 0x8664, electronAbi)))).not.toThrow();
    const nodeAbi = packed('node-abi', 'linux', addon('elf', 0x3e, process.versions.modules));
    await expect(hook(nodeAbi)).rejects.toThrow(`ABI ${process.versions.modules} / x64, the app needs ABI ${electronAbi} / x64`);
    expect(readWire(hook.executablePath(nodeAbi))).toBe(SHIPPED_WIRE);
    const hostCpu = packed('host-cpu', 'linux', addon('elf', 0x3e, electronAbi), 'arm64');
    expect(() => hook.checkNativeAddon(hostCpu)).toThrow(`/ x64, the app needs ABI ${electronAbi} / arm64`);
    const missing = packed('missing', 'linux', Buffer.alloc(0));
    fs.rmSync(path.join(missing.appOutDir, 'resources'), { recursive: true });
    expect(() => hook.checkNativeAddon(missing)).toThrow(/missing/);
  });
});
