// BagIt (RFC 8493) checks of a package read from its zip: layout, declaration, bag-info, Payload-Oxum, both manifests.
import { Problems, shown } from './problems';
import type { ZipFileEntry } from './zip-read';

export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha256.txt.sig', 'ledger-signing-key.pub'];
/** Tag files the signed tag manifest must cover: the signature protects exactly these. */
const SIGNED_TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'ledger-signing-key.pub'];
const REQUIRED = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'];

export interface Bag {
  /** The bag's top folder, e.g. ledger-123456789-2026-11. */
  root: string;
  /** bag-info.txt: label → first value. */
  info: Map<string, string>;
  /** Every file by its path inside the bag (data/records/cases.json, bag-info.txt …). */
  files: Map<string, ZipFileEntry>;
}

const textOf = (entry: ZipFileEntry | undefined): string => (entry?.data ? entry.data.toString('utf8') : '');

/** Splits a tag file into lines (LF or CRLF), dropping the final empty line. */
function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Parses bag-info.txt (labels, continuation lines indented); records malformed lines. */
export function parseBagInfo(text: string, problems: Problems): Map<string, string> {
  const info = new Map<string, string>();
  let last: string | null = null;
  linesOf(text).forEach((line, i) => {
    if (/^[ \t]/.test(line) && last !== null) {
      info.set(last, `${info.get(last) ?? ''} ${line.trim()}`);
      return;
    }
    const m = /^([^:\s][^:]*?)\s*:\s*(.*)$/.exec(line);
    const [label, value] = [m?.[1], m?.[2]];
    if (label === undefined || value === undefined) return problems.add('bagInfoInvalid', `bag-info.txt 第 ${i + 1} 行格式不正确`, 'bag-info.txt');
    last = label;
    if (!info.has(label)) info.set(label, value.trim());
  });
  return info;
}

/** Parses a manifest (`<sha256 hex>  <path>` per line, RFC 8493 percent-encoding of CR, LF and %). */
function parseManifest(file: string, text: string, problems: Problems): Map<string, string> {
  const listed = new Map<string, string>();
  linesOf(text).forEach((line, i) => {
    const m = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line);
    const [hex, raw] = [m?.[1], m?.[2]];
    if (hex === undefined || raw === undefined) return problems.add('bagLayout', `${file} 第 ${i + 1} 行格式不正确`, file);
    const path = raw.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
    if (listed.has(path)) problems.add('bagLayout', `${file} 重复列出“${shown(path)}”`, file);
    listed.set(path, hex.toLowerCase());
  });
  return listed;
}

function checkDeclaration(text: string, problems: Problems): void {
  const lines = linesOf(text.replace(/^\uFEFF/, ''));
  const version = /^BagIt-Version: (\d+\.\d+)$/.exec(lines[0] ?? '')?.[1];
  const encoding = /^Tag-File-Character-Encoding: (.+)$/.exec(lines[1] ?? '')?.[1];
  if (lines.length !== 2 || version === undefined || encoding === undefined) {
    problems.add('bagDeclaration', 'bagit.txt 应为两行：BagIt-Version 与 Tag-File-Character-Encoding', 'bagit.txt');
  } else if (!['1.0', '0.97'].includes(version) || encoding.toUpperCase() !== 'UTF-8') {
    problems.add('bagDeclaration', `bagit.txt 声明的版本 ${version} 或编码 ${encoding} 不受支持（应为 1.0 与 UTF-8）`, 'bagit.txt');
  }
}

function checkOxum(info: Map<string, string>, payload: ZipFileEntry[], problems: Problems): void {
  const oxum = info.get('Payload-Oxum');
  const m = oxum === undefined ? null : /^(\d+)\.(\d+)$/.exec(oxum);
  const [declaredOctets, declaredFiles] = [m?.[1], m?.[2]];
  if (declaredOctets === undefined || declaredFiles === undefined) {
    return problems.add('bagInfoInvalid', 'bag-info.txt 缺少 Payload-Oxum 或格式不正确（应为 字节数.文件数）', 'bag-info.txt');
  }
  const octets = payload.reduce((sum, f) => sum + f.size, 0);
  if (Number(declaredOctets) !== octets || Number(declaredFiles) !== payload.length) {
    problems.add('bagOxumMismatch', `Payload-Oxum 声明 ${declaredFiles} 个文件共 ${declaredOctets} 字节，实际 data/ 中有 ${payload.length} 个文件共 ${octets} 字节`, 'bag-info.txt');
  }
}

/** Compares a manifest with the files: missing, changed, and (for the payload manifest) unlisted ones. */
function checkManifest(file: string, listed: Map<string, string>, files: Map<string, ZipFileEntry>, code: 'bagChecksumMismatch' | 'bagTagChecksumMismatch', problems: Problems): void {
  for (const [path, sha] of listed) {
    const entry = files.get(path);
    if (!entry) problems.add('bagMissingFile', `${file} 列出的文件“${shown(path)}”不在数据包中`, shown(path));
    else if (entry.sha256 !== sha) problems.add(code, `文件“${shown(path)}”的 SHA-256 与 ${file} 不符（内容被改动）`, shown(path));
  }
}

/** Checks the bag; returns it when the layout is readable (problems of the content are recorded, not fatal). */
export function checkBag(entries: ZipFileEntry[], problems: Problems): Bag | null {
  const roots = new Set(entries.map((e) => (e.name.includes('/') ? e.name.slice(0, e.name.indexOf('/')) : '')));
  const [root] = [...roots];
  if (roots.size !== 1 || root === undefined || root === '') {
    problems.add('bagLayout', '数据包应只有一个顶层文件夹（ledger-机构代码-期间），其余文件都在其中');
    return null;
  }
  const files = new Map(entries.map((e) => [e.name.slice(root.length + 1), e]));
  const missing = REQUIRED.filter((name) => !files.has(name));
  if (missing.length > 0) {
    problems.add('bagLayout', `数据包缺少标签文件：${missing.join('、')}`);
    return null;
  }
  checkDeclaration(textOf(files.get('bagit.txt')), problems);
  const info = parseBagInfo(textOf(files.get('bag-info.txt')), problems);
  const payload = [...files.values()].filter((f) => f.name.startsWith(`${root}/data/`));
  checkOxum(info, payload, problems);

  const manifest = parseManifest('manifest-sha256.txt', textOf(files.get('manifest-sha256.txt')), problems);
  for (const path of manifest.keys()) {
    if (!path.startsWith('data/')) problems.add('bagLayout', `manifest-sha256.txt 列出了 data/ 之外的文件“${shown(path)}”`, shown(path));
  }
  checkManifest('manifest-sha256.txt', manifest, files, 'bagChecksumMismatch', problems);
  for (const [path] of files) {
    const known = path.startsWith('data/') ? manifest.has(path) : TAG_FILES.includes(path);
    if (!known) problems.add('bagUnlistedFile', `文件“${shown(path)}”未列入清单，数据包中不应有它`, shown(path));
  }

  const tagManifest = parseManifest('tagmanifest-sha256.txt', textOf(files.get('tagmanifest-sha256.txt')), problems);
  checkManifest('tagmanifest-sha256.txt', tagManifest, files, 'bagTagChecksumMismatch', problems);
  for (const name of SIGNED_TAG_FILES) {
    if (files.has(name) && !tagManifest.has(name)) problems.add('bagTagChecksumMismatch', `标签清单 tagmanifest-sha256.txt 未列出 ${name}，签名无法保护它`, name);
  }
  return { root, info, files };
}
