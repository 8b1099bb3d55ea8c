// The Windows .ico writer for make-icons: PNG-compressed entries (valid on Windows Vista and later).

export interface IcoImage {
  /** Width and height in pixels, 1..256 (icons are square). */
  size: number;
  /** The complete PNG file of that size. */
  png: Buffer;
}

const headerBytes = 6;
const entryBytes = 16;

/** One ICO file holding the given PNGs, in the order given. Pure: the same input gives the same bytes. */
export function icoFromPngs(images: IcoImage[]): Buffer {
  if (images.length === 0 || images.length > 0xffff) throw new RangeError(`an icon holds 1..65535 images, not ${images.length}`);
  for (const { size } of images) {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError(`icon sizes are 1..256 pixels, not ${size}`);
  }
  const header = Buffer.alloc(headerBytes);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1: icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);

  const entries = Buffer.alloc(entryBytes * images.length);
  let offset = headerBytes + entries.length;
  images.forEach(({ size, png }, i) => {
    const at = i * entryBytes;
    // A byte cannot say 256, so the format says 0 instead.
    entries.writeUInt8(size === 256 ? 0 : size, at);
    entries.writeUInt8(size === 256 ? 0 : size, at + 1);
    entries.writeUInt8(0, at + 2); // colour count: 0 for images without a palette
    entries.writeUInt8(0, at + 3); // reserved
    entries.writeUInt16LE(1, at + 4); // colour planes
    entries.writeUInt16LE(32, at + 6); // bits per pixel
    entries.writeUInt32LE(png.length, at + 8);
    entries.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, entries, ...images.map((image) => image.png)]);
}
