// `npm run dist [-- <electron-builder options>]`: builds the app, stages it in release/app and runs electron-builder
// with build/electron-builder.config.cjs (its beforePack hook rebuilds better-sqlite3 for Electron in release/app; its
// afterPack hook checks the addon and flips the fuses). Needs internet (Electron's zip, the NSIS/AppImage/fpm tools,
// better-sqlite3 for Electron), so it cannot run on the machine this project is developed on; see README, 打包.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, stageApp } from './stage-app';

const passthrough = process.argv.slice(2);

/** Runs a command in the repository, inheriting output; stops the script on failure. */
function run(command: string, args: string[], { cwd = root }: { cwd?: string } = {}): void {
  console.log(`> ${command} ${args.join(' ')}${cwd === root ? '' : `  (in ${path.relative(root, cwd)})`}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args[0] ?? ''} 失败（退出码 ${result.status ?? result.signal}）。`);
    process.exit(result.status ?? 1);
  }
}

async function main(): Promise<void> {
  run('npm', ['run', 'build']);
  const { appDir, packageJson } = await stageApp();
  console.log(`Staged ${packageJson.name} ${packageJson.version} in ${path.relative(root, appDir)}`);
  // The production dependencies, without their install scripts: the beforePack hook builds the addon for Electron.
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: appDir });

  const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  run(process.execPath, [builder, '--config', 'build/electron-builder.config.cjs', '--publish', 'never', ...passthrough]);
  console.log(`\n安装包已生成：release/${packageJson.version}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
