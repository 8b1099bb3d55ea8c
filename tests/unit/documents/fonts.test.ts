// Which font files print a document: the GB/T 9704 faces the PC has (Windows, UOS/Kylin), else the bundled Noto Serif SC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFonts, isUsableFontFile, resolveFonts, systemCandidates } from '../../../electron/core/documents/fonts';

const only = (files: string[]) => (f: string) => files.includes(f);

describe('resolveFonts', () => {
  const { regular, bold } = bundledFonts();

  it('falls back to the bundled serif for every face on a PC without Chinese fonts', () => {
    const set = resolveFonts({ platform: 'linux', env: { HOME: '/home/zhang' }, exists: () => false, useSystem: true });
    expect(set).toEqual({
      serif: regular,
      serifBold: bold,
      fangSong: regular,
      xiaoBiaoSong: bold,
      heiTi: bold,
      kaiTi: regular,
      fromSystem: [],
    });
  });

  it('takes 仿宋, 黑体 and 楷体 from Windows and 方正小标宋 when the office installed it', () => {
    const fonts = 'C:\\Windows\\Fonts';
    const installed = ['simfang.ttf', 'simhei.ttf', 'simkai.ttf', 'FZXBSJW.TTF'].map((f) => path.win32.join(fonts, f));
    const set = resolveFonts({ platform: 'win32', env: { WINDIR: 'C:\\Windows' }, exists: only(installed), useSystem: true });
    expect(set.fangSong.path).toBe(path.win32.join(fonts, 'simfang.ttf'));
    expect(set.heiTi.path).toBe(path.win32.join(fonts, 'simhei.ttf'));
    expect(set.kaiTi.path).toBe(path.win32.join(fonts, 'simkai.ttf'));
    expect(set.xiaoBiaoSong.path).toBe(path.win32.join(fonts, 'FZXBSJW.TTF'));
    expect(set.fromSystem).toEqual(['fangSong', 'xiaoBiaoSong', 'heiTi', 'kaiTi']);
    // Forms keep the bundled serif, so a form prints the same on every PC.
    expect(set.serif).toEqual(regular);
  });

  it('finds the CESI faces of 统信UOS/麒麟, and a per-user font folder on Windows', () => {
    const uos = ['/usr/share/fonts/truetype/cesi/CESI_FS_GB2312.TTF', '/usr/share/fonts/truetype/cesi/CESI_HT_GB2312.TTF'];
    const set = resolveFonts({ platform: 'linux', env: {}, exists: only(uos), useSystem: true });
    expect([set.fangSong.path, set.heiTi.path, set.kaiTi.path]).toEqual([uos[0], uos[1], regular.path]);
    expect(set.fromSystem).toEqual(['fangSong', 'heiTi']);
    const local = 'C:\\Users\\zhang\\AppData\\Local';
    const candidates = systemCandidates('win32', { LOCALAPPDATA: local });
    expect(candidates.fangSong).toContain(path.win32.join(local, 'Microsoft', 'Windows', 'Fonts', 'simfang.ttf'));
  });

  it('ignores the system when told to (tests, and the no-Chinese-fonts guarantee)', () => {
    const set = resolveFonts({ platform: 'win32', env: { WINDIR: 'C:\\Windows' }, exists: () => true, useSystem: false });
    expect(set.fromSystem).toEqual([]);
    expect(set.fangSong).toEqual(regular);
  });
});

describe('isUsableFontFile', () => {
  it('accepts the bundled TrueType fonts, and skips a missing, tiny, truncated-to-nothing or foreign file', () => {
    const { regular, bold } = bundledFonts();
    expect(isUsableFontFile(regular.path) && isUsableFontFile(bold.path)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-font-'));
    try {
      const write = (name: string, data: Buffer) => {
        fs.writeFileSync(path.join(dir, name), data);
        return path.join(dir, name);
      };
      expect(isUsableFontFile(path.join(dir, 'missing.ttf'))).toBe(false);
      expect(isUsableFontFile(write('tiny.ttf', Buffer.from([0, 1, 0, 0])))).toBe(false);
      expect(isUsableFontFile(write('zeros.ttf', Buffer.alloc(4096)))).toBe(false);
      expect(isUsableFontFile(write('page.ttf', Buffer.concat([Buffer.from('<html>'), Buffer.alloc(4096)])))).toBe(false);
      expect(isUsableFontFile(write('otf.otf', Buffer.concat([Buffer.from('OTTO'), Buffer.alloc(4096)])))).toBe(true);
      expect(isUsableFontFile(dir)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
