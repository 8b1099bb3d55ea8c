// The app icons for electron-builder: the SVG source, the rendered PNGs, the .ico, and the ICO writer's round trip.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../scripts/ico';

const root = path.join(import.meta.dirname, '..', '..');
const buildDir = path.join(root, 'build');
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

/** The IHDR of a PNG file, which the format requires to be the first chunk. */
function readPngHeader(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(pngSignature)) throw new Error('not a PNG file');
  if (png.readUInt32BE(8) !== 13 || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png.readUInt8(24), colourType: png.readUInt8(25) };
}

interface IcoEntry {
  /** Pixels, with the format's 0 already read as 256. */
  width: number;
  height: number;
  bitCount: number;
  png: Buffer;
}

/** A minimal ICO reader: checks the header and that every entry lies inside the file and holds a PNG of its stated size. */
function readIco(ico: Buffer): IcoEntry[] {
  if (ico.length < 6) throw new Error('shorter than an ICONDIR');
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an icon (reserved 0, type 1)');
  const count = ico.readUInt16LE(4);
  if (ico.length < 6 + 16 * count) throw new Error('directory runs past the end of the file');
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    const width = ico.readUInt8(at) || 256;
    const height = ico.readUInt8(at + 1) || 256;
    if (ico.readUInt8(at + 2) !== 0 || ico.readUInt8(at + 3) !== 0) throw new Error(`entry ${i}: colour count and reserved must be 0`);
    if (ico.readUInt16LE(at + 4) !== 1) throw new Error(`entry ${i}: planes must be 1`);
    const bitCount = ico.readUInt16LE(at + 6);
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    if (offset < 6 + 16 * count || offset + length > ico.length) throw new Error(`entry ${i}: image out of bounds`);
    const png = ico.subarray(offset, offset + length);
    const header = readPngHeader(png);
    if (header.width !== width || header.height !== height) {
      throw new Error(`entry ${i}: directory says ${width}×${height}, PNG says ${header.width}×${header.height}`);
    }
    entries.push({ width, height, bitCount, png });
  }
  return entries;
}

/** The smallest buffer readPngHeader accepts: signature, IHDR (RGBA, 8 bits) and some filler bytes. */
function fakePng(size: number, filler: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(size, 8);
  ihdr.writeUInt32BE(size, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(6, 17);
  return Buffer.concat([pngSignature, ihdr, Buffer.from(filler)]);
}

describe('build/icon.svg', () => {
  const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');

  it('is one balanced <svg> element with a 512 viewBox', () => {
    const stack: string[] = [];
    const tags = svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([A-Za-z][\w:.-]*)\b[^>]*?(\/?)>/g);
    let roots = 0;
    for (const [, closing, name, selfClosing] of tags) {
      if (closing === '/') {
        expect(stack.pop(), `</${name}> closes the open element`).toBe(name);
      } else {
        if (stack.length === 0) roots += 1;
        if (selfClosing !== '/') stack.push(name ?? '');
      }
    }
    expect(stack).toEqual([]);
    expect(roots).toBe(1);
    expect(svg).toMatch(/^\s*<svg\b[^>]*\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<svg\b[^>]*\bviewBox="0 0 512 512"/);
  });

  it('holds no text, bitmaps, scripts, filters or external references', () => {
    expect(svg).not.toMatch(/<(text|image|foreignObject|script|filter|style)\b/i);
    expect(svg).not.toMatch(/\bhref\s*=\s*["'](?!#)/i);
    expect(svg).not.toMatch(/url\(\s*["']?(?!#)/i);
    expect(svg).not.toMatch(/@import|@font-face/i);
  });
});

describe('rendered icons', () => {
  for (const size of linuxSizes) {
    it(`build/icons/${size}x${size}.png is an RGBA PNG of that size`, () => {
      const header = readPngHeader(fs.readFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`)));
      expect(header).toEqual({ width: size, height: size, bitDepth: 8, colourType: 6 });
    });
  }

  it('build/icons holds exactly those sizes', () => {
    const expected = linuxSizes.map((size) => `${size}x${size}.png`).sort();
    expect(fs.readdirSync(path.join(buildDir, 'icons')).sort()).toEqual(expected);
  });

  it('build/icon.png is the 512×512 RGBA fallback', () => {
    expect(readPngHeader(fs.readFileSync(path.join(buildDir, 'icon.png')))).toEqual({ width: 512, height: 512, bitDepth: 8, colourType: 6 });
  });

  it('build/icon.ico holds the seven Windows sizes as 32-bit PNG entries', () => {
    const entries = readIco(fs.readFileSync(path.join(buildDir, 'icon.ico')));
    expect(entries.map((e) => e.width)).toEqual(icoSizes);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect(entry.bitCount).toBe(32);
      expect(readPngHeader(entry.png).colourType).toBe(6);
      // The same pixels as the Linux PNG of that size: both come from one rendering.
      expect(entry.png.equals(fs.readFileSync(path.join(buildDir, 'icons', `${entry.width}x${entry.width}.png`)))).toBe(true);
    }
  });
});

describe('icoFromPngs', () => {
  it('round-trips any list of 1..10 PNGs of 1..256 pixels through the reader', () => {
    const image = fc.record({ size: fc.integer({ min: 1, max: 256 }), filler: fc.uint8Array({ maxLength: 64 }) });
    fc.assert(
      fc.property(fc.array(image, { minLength: 1, maxLength: 10 }), (list) => {
        const images = list.map(({ size, filler }) => ({ size, png: fakePng(size, filler) }));
        const entries = readIco(icoFromPngs(images));
        expect(entries.map((e) => [e.width, e.height, e.bitCount])).toEqual(images.map((i) => [i.size, i.size, 32]));
        entries.forEach((entry, i) => expect(entry.png.equals(images[i]!.png)).toBe(true));
      }),
    );
  });

  it('writes 256 as a 0 byte, and the reader notices a size that disagrees with the PNG', () => {
    const ico = icoFromPngs([{ size: 256, png: fakePng(256, new Uint8Array()) }]);
    expect(ico.readUInt8(6)).toBe(0);
    expect(ico.readUInt8(7)).toBe(0);
    const wrong = icoFromPngs([{ size: 48, png: fakePng(32, new Uint8Array()) }]);
    expect(() => readIco(wrong)).toThrow(/says 48×48, PNG says 32×32/);
    expect(() => readIco(ico.subarray(0, ico.length - 1))).toThrow(/out of bounds/);
  });

  it('refuses sizes an icon directory cannot hold, and an empty list', () => {
    expect(() => icoFromPngs([{ size: 257, png: fakePng(257, new Uint8Array()) }])).toThrow(RangeError);
    expect(() => icoFromPngs([{ size: 0, png: fakePng(0, new Uint8Array()) }])).toThrow(RangeError);
    expect(() => icoFromPngs([])).toThrow(RangeError);
  });
});
