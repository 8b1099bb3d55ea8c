// `npm run dist [-- <electron-builder options>]`: builds the app, stages it in release/app and runs electron-builder
// with build/electron-builder.config.cjs (its beforePack hook rebuilds better-sqlite3 for Electron in release/app; its
// afterPack hook checks the addon and flips the fuses). Needs internet (Electron's zip, the NSIS/AppImage/fpm tools,
// better-sqlite3 for Electron), so it cannot run on the machine this project is developed on; see README, 打包.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { npm, root, stageApp } from './stage-app';

const passthrough = process.argv.slice(2);

async function main(): Promise<void> {
  npm(['run', 'build'], root);
  const { appDir, packageJson } = await stageApp();
  console.log(`Staged ${packageJson.name} ${packageJson.version} in ${path.relative(root, appDir)}`);

  // The packaged-layout test's switch must never reach a real build (the hooks also refuse it for installers).
  const env = { ...process.env };
  delete env.LEDGER_PACK_NODE_ADDON;
  const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [builder, '--config', 'build/electron-builder.config.cjs', '--publish', 'never', ...passthrough];
  console.log(`> electron-builder ${args.slice(1).join(' ')}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`electron-builder 失败（退出码 ${result.status ?? result.signal}）`);
  console.log(`\n安装包已生成：release/${packageJson.version}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
