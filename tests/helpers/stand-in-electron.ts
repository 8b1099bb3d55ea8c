// A stand-in for the Electron executable: bytes with the fuse wire where the real binary has it (the sentinel, the
// wire's version and length, one byte per fuse), so @electron/fuses reads and writes it exactly as in a real build.
import fs from 'node:fs';
import path from 'node:path';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's fuse wire as it ships ('1' on, '0' off): run-as-node, NODE_OPTIONS, --inspect, file:// privileges and
 * WASM trap handlers on; cookie encryption, asar integrity, asar-only and the browser V8 snapshot off. The ninth fuse is
 * one @electron/fuses 1.8 does not name, so the hook must leave it alone.
 */
export const SHIPPED_WIRE = '101100011';

export function standInExecutable(wire: string = SHIPPED_WIRE): Buffer {
  return Buffer.concat([
    Buffer.from('\x7fELF stand-in for the Electron executable; not runnable\n', 'latin1'),
    Buffer.alloc(64, 0x2e),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.alloc(64, 0x2e),
  ]);
}

/** The fuse wire of a stand-in (or real) executable, as its characters. */
export function readWire(file: string): string {
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1') + FUSE_SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

/**
 * An "unpacked Electron distribution" for electron-builder's `electronDist`: the stand-in executable named `electron`
 * and the files electron-builder copies beside it. Only the packaged-layout test uses it; nothing here runs.
 */
export function writeStandInElectronDist(dir: string, version: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'electron'), standInExecutable(), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(dir, 'version'), version);
}
