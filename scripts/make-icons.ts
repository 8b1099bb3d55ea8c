// `npx tsx scripts/make-icons.ts`: renders build/icon.svg to electron-builder's PNGs and .ico with Debian Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { icoFromPngs } from './ico';

const buildDir = path.resolve(import.meta.dirname, '..', 'build');
const svgPath = path.join(buildDir, 'icon.svg');
const iconsDir = path.join(buildDir, 'icons');
/** Linux wants a folder of <N>x<N>.png; Windows gets every size up to 256 in one .ico. */
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

const svg = fs.readFileSync(svgPath);
const dataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pngs = new Map<number, Buffer>();
try {
  for (const size of linuxSizes) {
    // A page of exactly the icon's size, so Chromium rasterises the vector at that size (no downscaling).
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    pngs.set(size, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}

const pngOf = (size: number): Buffer => {
  const png = pngs.get(size);
  if (png === undefined) throw new Error(`no ${size}px rendering`);
  return png;
};
fs.mkdirSync(iconsDir, { recursive: true });
for (const size of linuxSizes) fs.writeFileSync(path.join(iconsDir, `${size}x${size}.png`), pngOf(size));
fs.writeFileSync(path.join(buildDir, 'icon.png'), pngOf(512));
fs.writeFileSync(path.join(buildDir, 'icon.ico'), icoFromPngs(icoSizes.map((size) => ({ size, png: pngOf(size) }))));
console.log(`icons written to ${path.relative(process.cwd(), buildDir) || '.'}: icon.png, icon.ico, icons/{${linuxSizes.map((s) => `${s}x${s}`).join(',')}}.png`);
