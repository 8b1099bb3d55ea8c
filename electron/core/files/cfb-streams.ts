// A minimal reader of an OLE compound file's directory (legacy .doc/.xls, but also .msi and .ppt): the names of its entries.

const MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export function isCompoundFile(buf: Buffer): boolean {
  return buf.length >= 512 && buf.subarray(0, 8).equals(MAGIC);
}

/**
 * Names of every storage and stream in the directory, or null when the structure does not hold
 * together (bad sector size, chains out of range or looping).
 */
export function compoundEntryNames(buf: Buffer): string[] | null {
  if (!isCompoundFile(buf)) return null;
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorCount = Math.ceil(buf.length / size);
  const sector = (n: number): Buffer | null => {
    const start = (n + 1) * size;
    // The last sector may be cut short by some writers; it still holds whole 128-byte entries.
    return n <= MAX_SECTOR && start < buf.length ? buf.subarray(start, Math.min(start + size, buf.length)) : null;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
  let difat = buf.readUInt32LE(0x44);
  for (let hops = 0; difat <= MAX_SECTOR; hops++) {
    const s = sector(difat);
    if (s === null || hops > sectorCount) return null;
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(s.readUInt32LE(i * 4));
    difat = s.readUInt32LE(size - 4);
  }
  const fatCount = buf.readUInt32LE(0x2c);
  const fat: number[] = [];
  for (const n of fatSectors.filter((n) => n <= MAX_SECTOR).slice(0, fatCount)) {
    const s = sector(n);
    if (s === null) return null;
    for (let i = 0; i + 4 <= s.length; i += 4) fat.push(s.readUInt32LE(i));
  }

  const names: string[] = [];
  let dir = buf.readUInt32LE(0x30);
  for (let hops = 0; dir !== END_OF_CHAIN; hops++) {
    const s = dir <= MAX_SECTOR ? sector(dir) : null;
    if (s === null || hops > sectorCount) return null;
    for (let at = 0; at + 128 <= s.length; at += 128) {
      const nameBytes = Math.min(s.readUInt16LE(at + 0x40), 64);
      const type = s[at + 0x42];
      if (type === 0 || nameBytes < 2) continue; // unused entry
      names.push(s.toString('utf16le', at, at + nameBytes - 2));
    }
    dir = fat[dir] ?? END_OF_CHAIN + 1;
    if (dir === END_OF_CHAIN + 1) return null;
  }
  return names;
}
