// Which font files print a document: the GB/T 9704 faces when the PC has them, else the bundled OFL Noto Serif SC.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveResources } from '../resource-paths';

/** A font file; `postscriptName` selects one face of a .ttc collection. */
export interface FontFile {
  readonly path: string;
  readonly postscriptName?: string;
}

/** The faces documents use. Forms print in 宋体/仿宋; GB/T 9704 documents name 仿宋, 小标宋, 黑体 and 楷体. */
export interface FontSet {
  readonly serif: FontFile;
  readonly serifBold: FontFile;
  readonly fangSong: FontFile;
  readonly xiaoBiaoSong: FontFile;
  readonly heiTi: FontFile;
  readonly kaiTi: FontFile;
  /** Which faces came from the system (for the "fonts" line of `cli info` and the bench). */
  readonly fromSystem: readonly (keyof Omit<FontSet, 'fromSystem'>)[];
}

let bundledFolder: string | null = null;

/**
 * Where the bundled font's weight folders (400Regular/, 700Bold/) are. The desktop app sets it at start
 * (the npm package in development, the app's resources when packaged); from the source tree (CLI, web mode,
 * tests) it defaults to the npm package, found lazily so a bundle that never prints does not resolve it.
 */
export function setBundledFontFolder(folder: string): void {
  bundledFolder = folder;
}

function bundledFontFolder(): string {
  bundledFolder ??= resolveResources({ kind: 'source', root: fileURLToPath(new URL('../../../', import.meta.url)) }).fontFolder;
  return bundledFolder;
}

export function bundledFonts(): { regular: FontFile; bold: FontFile } {
  const folder = bundledFontFolder();
  return {
    regular: { path: path.join(folder, '400Regular', 'NotoSerifSC_400Regular.ttf') },
    bold: { path: path.join(folder, '700Bold', 'NotoSerifSC_700Bold.ttf') },
  };
}

type Face = 'fangSong' | 'xiaoBiaoSong' | 'heiTi' | 'kaiTi';

/**
 * Where the GB/T 9704 faces sit on the office PCs we target. Windows ships 仿宋/黑体/楷体 (simfang, simhei,
 * simkai); 方正小标宋 is installed separately by most offices. 统信UOS and 银河麒麟 ship the CESI GB2312 faces
 * (paths seen on both; [unverified] for every release), and offices often copy the Windows files over.
 */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Record<Face, string[]> {
  if (platform === 'win32') {
    const fonts = path.win32.join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts');
    const local = env.LOCALAPPDATA ? path.win32.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : null;
    const at = (...names: string[]) => names.flatMap((n) => [path.win32.join(fonts, n), ...(local ? [path.win32.join(local, n)] : [])]);
    return {
      fangSong: at('simfang.ttf', 'FangSong_GB2312.ttf', 'SIMFANG.TTF'),
      xiaoBiaoSong: at('FZXBSJW.TTF', 'FZXBSK.TTF', '方正小标宋简体.ttf', '方正小标宋_GBK.ttf'),
      heiTi: at('simhei.ttf', 'SIMHEI.TTF'),
      kaiTi: at('simkai.ttf', 'KaiTi_GB2312.ttf', 'SIMKAI.TTF'),
    };
  }
  if (platform === 'darwin') return { fangSong: [], xiaoBiaoSong: [], heiTi: [], kaiTi: [] };
  const dirs = [
    '/usr/share/fonts/truetype/cesi',
    '/usr/share/fonts/cesi',
    '/usr/share/fonts/fonts-cesi',
    '/usr/share/fonts/winfonts',
    '/usr/share/fonts/truetype/windows',
    ...(env.HOME ? [path.posix.join(env.HOME, '.local/share/fonts'), path.posix.join(env.HOME, '.fonts')] : []),
  ];
  const at = (...names: string[]) => dirs.flatMap((d) => names.map((n) => path.posix.join(d, n)));
  return {
    fangSong: at('CESI_FS_GB2312.TTF', 'CESI_FS_GB18030.TTF', 'simfang.ttf'),
    xiaoBiaoSong: at('CESI_XBS_GB2312.TTF', 'CESI_XBS_GB18030.TTF', 'FZXBSJW.TTF'),
    heiTi: at('CESI_HT_GB2312.TTF', 'CESI_HT_GB18030.TTF', 'simhei.ttf'),
    kaiTi: at('CESI_KT_GB2312.TTF', 'CESI_KT_GB18030.TTF', 'simkai.ttf'),
  };
}

export interface FontProbe {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly exists: (file: string) => boolean;
  /** false: the bundled font only (tests, and the "no Chinese fonts" guarantee). */
  readonly useSystem: boolean;
}

/** The font set for this machine: each GB/T 9704 face from the system when found, else the bundled serif. */
export function resolveFonts(probe: FontProbe): FontSet {
  const { regular: bundledRegular, bold: bundledBold } = bundledFonts();
  const found = probe.useSystem ? systemCandidates(probe.platform, probe.env) : null;
  const fromSystem: Face[] = [];
  const pick = (face: Face, fallback: FontFile): FontFile => {
    const hit = found?.[face].find((f) => probe.exists(f));
    if (hit === undefined) return fallback;
    fromSystem.push(face);
    return { path: hit };
  };
  return {
    serif: bundledRegular,
    serifBold: bundledBold,
    fangSong: pick('fangSong', bundledRegular),
    xiaoBiaoSong: pick('xiaoBiaoSong', bundledBold),
    heiTi: pick('heiTi', bundledBold),
    kaiTi: pick('kaiTi', bundledRegular),
    fromSystem,
  };
}

/** TrueType (00 01 00 00, 'true') or OpenType/CFF ('OTTO') signatures; collections (.ttc) are not candidates. */
const FONT_SIGNATURES = ['00010000', '74727565', '4f54544f'];

/**
 * Whether a file looks like a single-face font: present, not tiny, with a font signature. A system font that
 * is missing, a stub or not a font at all is skipped, and the bundled font prints instead. (A real font cut
 * short passes this check; the documents service retries such a print with the bundled fonts.)
 */
export function isUsableFontFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    if (fs.fstatSync(fd).size < 1024) return false;
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    return FONT_SIGNATURES.includes(head.toString('hex'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function machineFonts(useSystem = true): FontSet {
  return resolveFonts({ platform: process.platform, env: process.env, exists: isUsableFontFile, useSystem });
}
