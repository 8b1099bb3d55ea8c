// `npm run dist [-- <electron-builder options>]`: builds the app, stages it in release/app and runs electron-builder
// with build/electron-builder.config.cjs. Needs internet (Electron's zip, NSIS/AppImage tools, better-sqlite3 for
// Electron), so it cannot run on the development machine this project is built on; see README, 安装与打包.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, stageApp } from './stage-app';

const passthrough = process.argv.slice(2);

/** Runs a command in the repository, inheriting output; stops the script on failure. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args[0] ?? ''} 失败（退出码 ${result.status ?? result.signal}）。`);
    process.exit(result.status ?? 1);
  }
}

run('npm', ['run', 'build']);
const { appDir, packageJson } = await stageApp();
console.log(`Staged ${packageJson.name} ${packageJson.version} in ${path.relative(root, appDir)}`);

// With npm's nodedir set (as on the project machine), node-gyp would build the addon against Node's headers and
// ship the wrong ABI; electron-builder must fetch Electron's. The afterPack hook checks the result either way.
const env = { ...process.env };
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];

const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
run(process.execPath, [builder, '--config', 'build/electron-builder.config.cjs', '--publish', 'never', ...passthrough], env);
console.log(`\n安装包已生成：release/${packageJson.version}/`);
