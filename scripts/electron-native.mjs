// Builds better-sqlite3 for Electron's ABI in .electron-native/, leaving node_modules' Node build alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nativeAddon from '../build/native-addon.cjs';

const { describeAddon, dropNodedir } = nativeAddon;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'node_modules', 'better-sqlite3');
const outDir = path.join(root, '.electron-native');
const dest = path.join(outDir, 'better-sqlite3');
const stampFile = path.join(outDir, 'better-sqlite3.stamp.json');
const binary = path.join(dest, 'build', 'Release', 'better_sqlite3.node');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const electronDir = path.join(root, 'node_modules', 'electron');
const electronVersion = readJson(path.join(electronDir, 'package.json')).version;
const electronAbi = readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
const sqliteVersion = readJson(path.join(source, 'package.json')).version;
const arch = process.argv.find((a) => a.startsWith('--arch='))?.slice('--arch='.length) || process.arch;
const wanted = { electron: electronVersion, abi: electronAbi, arch, platform: process.platform, betterSqlite3: sqliteVersion };

function fail(detail) {
  console.error(
    [
      '',
      `无法为 Electron ${electronVersion}（${arch}）准备 better-sqlite3：${detail.zh}`,
      '需要联网（github.com 上的预编译文件，或 electronjs.org/headers 上的头文件）。请联网后重新运行 `node scripts/electron-native.mjs`。',
      `Could not prepare better-sqlite3 for Electron ${electronVersion} (${arch}): ${detail.en}`,
      'This step needs internet access (prebuilt binaries on github.com, or headers from electronjs.org/headers).',
      'node_modules/better-sqlite3 was not modified: tests, the CLI and web mode keep working.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

function isUpToDate() {
  if (!existsSync(stampFile) || !existsSync(binary)) return false;
  const stamp = readJson(stampFile);
  return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
}

/** Runs a child with npm's nodedir removed: with it set, node-gyp silently builds against Node's headers. */
function run(label, args, timeoutMs) {
  const env = dropNodedir({ ...process.env });
  console.log(`> ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: dest, env, stdio: 'inherit', timeout: timeoutMs });
  if (result.error) console.error(`  ${label}: ${result.error.message}`);
  return result.status === 0;
}

function findNodeGyp() {
  const npmDirs = [
    process.env.npm_execpath && path.join(path.dirname(process.env.npm_execpath), '..'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm'),
  ].filter(Boolean);
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    ...npmDirs.map((dir) => path.join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')),
  ];
  return candidates.find((file) => file && existsSync(file));
}

/** The addon must export node_register_module_v<Electron ABI>; a Node-ABI build is the known trap. */
async function builtAbi() {
  return describeAddon(await readFile(binary)).abi;
}

if (!existsSync(source)) fail({ zh: '未找到 node_modules/better-sqlite3，请先运行 npm install。', en: 'node_modules/better-sqlite3 is missing; run npm install first.' });
if (isUpToDate()) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${arch}) is up to date.`);
  process.exit(0);
}

await rm(dest, { recursive: true, force: true });
await rm(stampFile, { force: true });
// Copy sources only: the Node-ABI build folder stays behind so it can never be mistaken for ours.
await cp(source, dest, {
  recursive: true,
  filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
});

const prebuildInstall = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
let ok =
  existsSync(prebuildInstall) &&
  run('prebuild-install', [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--verbose'], 120_000);
if (!ok) {
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) console.error('  node-gyp not found (looked in npm_config_node_gyp, node_modules, and npm itself).');
  ok =
    nodeGyp !== undefined &&
    run(
      'node-gyp rebuild',
      [nodeGyp, 'rebuild', '--release', '--jobs=max', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
      20 * 60_000,
    );
}
if (!ok || !existsSync(binary)) {
  await rm(dest, { recursive: true, force: true });
  fail({ zh: '下载预编译文件和从源码编译都失败了。', en: 'both prebuild-install and node-gyp failed.' });
}
const abi = await builtAbi();
if (abi !== undefined && abi !== electronAbi) {
  await rm(dest, { recursive: true, force: true });
  fail({ zh: `编译结果的 ABI 是 ${abi}，而 Electron 需要 ${electronAbi}。`, en: `the addon was built for ABI ${abi}, Electron needs ${electronAbi}.` });
}
await writeFile(stampFile, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
console.log(`better-sqlite3 ${sqliteVersion} is ready for Electron ${electronVersion} (${arch}, ABI ${electronAbi}): ${path.relative(root, binary)}`);
