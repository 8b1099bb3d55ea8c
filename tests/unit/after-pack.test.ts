// The afterPack hook on stand-in executables: it flips the fuses and reads them back, finds the executable electron-builder
// named on each platform, and refuses a native addon built for the wrong ABI or CPU.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWire, standInExecutable } from '../helpers/stand-in-electron';

const require = createRequire(import.meta.url);
const root = path.join(import.meta.dirname, '..', '..');

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
interface Hook {
  (context: PackContext): Promise<void>;
  executablePath(context: PackContext): string;
  describeAddon(bytes: Buffer): { abi: string | undefined; arch: string | undefined };
  checkNativeAddon(context: PackContext, abi?: string): void;
}
const hook = require(path.join(root, 'build', 'after-pack.cjs')) as Hook;
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
      expect(readWire(exe)).toBe('1011100011');
      await hook(context);
      // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, only-asar, (V8 snapshot untouched), file://.
      // The fuses this @electron/fuses does not name keep Electron's default.
      expect(readWire(exe)).toBe('0100110011');
    }
  });

  it('stops the build on a binary without a fuse wire', async () => {
    const context = packed('no-wire', 'linux', addon('elf', 0x3e, electronAbi));
    fs.writeFileSync(hook.executablePath(context), Buffer.from('not electron'));
    await expect(hook(context)).rejects.toThrow(/sentinel/);
  });

  it('reads the ABI and CPU of the real Node build of better-sqlite3', () => {
    const real = fs.readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(hook.describeAddon(real)).toEqual({ abi: process.versions.modules, arch: process.arch });
  });

  it('accepts the addon built for this Electron and arch, refuses Node’s ABI or another CPU, before touching the fuses', async () => {
    expect(() => hook.checkNativeAddon(packed('elf-arm', 'linux', addon('elf', 0xb7, electronAbi), 'arm64'))).not.toThrow();
    expect(() => hook.checkNativeAddon(packed('pe-x64', 'win32', addon('pe', 0x8664, electronAbi)))).not.toThrow();
    const nodeAbi = packed('node-abi', 'linux', addon('elf', 0x3e, process.versions.modules));
    await expect(hook(nodeAbi)).rejects.toThrow(`ABI ${process.versions.modules} / x64, the app needs ABI ${electronAbi} / x64`);
    expect(readWire(hook.executablePath(nodeAbi))).toBe('1011100011');
    const hostCpu = packed('host-cpu', 'linux', addon('elf', 0x3e, electronAbi), 'arm64');
    expect(() => hook.checkNativeAddon(hostCpu)).toThrow(`/ x64, the app needs ABI ${electronAbi} / arm64`);
    const missing = packed('missing', 'linux', Buffer.alloc(0));
    fs.rmSync(path.join(missing.appOutDir, 'resources'), { recursive: true });
    expect(() => hook.checkNativeAddon(missing)).toThrow(/missing/);
  });
});
