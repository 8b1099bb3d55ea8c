// electron-builder configuration: Windows NSIS and portable (x64), Linux deb and AppImage (x64, arm64) for 统信UOS/银河麒麟.
// `npm run dist` (scripts/dist.ts) stages the app into release/app first, so the beforePack hook rebuilds the native
// addon for Electron there and never in the repository's node_modules. tests/unit/builder-config.test.ts pins every
// choice below; tests/integration/packaged-layout.test.ts has electron-builder pack with it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.gov.sifa.ledger',
  productName: '司法所台账',
  copyright: 'Copyright © 司法所台账',
  electronVersion,
  directories: {
    // The two-package.json layout: scripts/stage-app.ts writes release/app/package.json (version from the root one,
    // better-sqlite3 as the only dependency), copies the built app beside it and installs what the addon loads.
    app: 'release/app',
    output: 'release/${version}',
    buildResources: 'build',
  },
  // Allow-list: the bundled main and preload, the built renderer and the app's package.json — nothing else (electron-
  // builder adds the production node_modules: better-sqlite3 and what it loads). The staged folder holds no tests,
  // sources, maps or the web bridge; the exclusions keep it so if it ever does.
  files: [
    'package.json',
    'dist-electron/main.cjs',
    'dist-electron/preload.cjs',
    'dist/renderer/**',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/{tests,test,__tests__,e2e,bench,scripts,docs}/**',
    '!**/{.env,.env.*,*.sqlite,*.sqlite-*,*.log}',
    // better-sqlite3 needs lib/, package.json and the addon at run time; its C sources (10 MB) and what a source
    // build leaves behind (15 MB of objects, a static library, a test extension) stay out of the installers.
    '!node_modules/better-sqlite3/{deps,src,docs,benchmark}/**',
    '!node_modules/better-sqlite3/build/Release/{obj,obj.target,.deps}/**',
    '!node_modules/better-sqlite3/build/Release/{test_extension.node,*.a}',
    '!node_modules/better-sqlite3/build/{deps/**,*.mk,Makefile,config.gypi}',
    '!node_modules/better-sqlite3/binding.gyp',
  ],
  // Read at run time through electron/core/resource-paths.ts (PACKAGED_RESOURCES), outside app.asar.
  extraResources: [
    {
      from: 'drizzle/migrations',
      to: 'drizzle/migrations',
      // The migrator reads the SQL and the journal; drizzle-kit's snapshots are for generating the next migration.
      filter: ['*.sql', 'meta/_journal.json'],
    },
    {
      // The bundled CJK font (SIL OFL 1.1): only the two weights the documents use, with its licence.
      from: 'node_modules/@expo-google-fonts/noto-serif-sc',
      to: 'fonts/noto-serif-sc',
      filter: ['400Regular/NotoSerifSC_400Regular.ttf', '700Bold/NotoSerifSC_700Bold.ttf', 'LICENSE_FONT'],
    },
  ],
  asar: true,
  // A native addon cannot be loaded from inside app.asar.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 is rebuilt for Electron's ABI and each target arch by the beforePack hook, inside release/app only;
  // electron-builder's own rebuild would reach the repository's node_modules (see build/before-pack.cjs).
  npmRebuild: false,
  beforePack: 'build/before-pack.cjs',
  // Fuses are flipped and read back by this hook (not by `electronFuses`), so a failure stops the build.
  afterPack: 'build/after-pack.cjs',
  win: {
    icon: 'build/icon.ico',
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    // Per-user by default (no administrator rights), with the choice of folder.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN'],
    language: '2052',
    multiLanguageInstaller: false,
    unicode: true,
    createDesktopShortcut: 'always',
    createStartMenuShortcut: true,
    shortcutName: '司法所台账',
    runAfterFinish: true,
    // The data stay unless the user says otherwise in the uninstaller (build/installer.nsh asks).
    deleteAppDataOnUninstall: false,
    include: 'build/installer.nsh',
    artifactName: '${productName}-${version}-${arch}-安装程序.${ext}',
  },
  portable: {
    artifactName: '${productName}-${version}-${arch}-便携版.${ext}',
  },
  linux: {
    icon: 'build/icons',
    category: 'Office',
    executableName: 'judicial-office-ledger',
    synopsis: '司法所台账：人员、支部、调委会、调解员与人民调解卷宗的登记、打印和月度上报',
    description: '基层司法所的台账软件：登记工作人员、党支部、共建活动、人民调解委员会和调解员，制作和打印人民调解卷宗，每月生成上报数据包。数据保存在本机。',
    maintainer: '司法所台账 <ledger@localhost>',
    desktop: {
      entry: {
        Name: '司法所台账',
        'Name[zh_CN]': '司法所台账',
        GenericName: '司法所台账',
        Comment: '司法所台账：登记、卷宗、打印与上报',
        Keywords: '司法所;台账;人民调解;卷宗;',
      },
    },
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
  },
  deb: {
    artifactName: '${name}_${version}_${arch}.${ext}',
  },
  appImage: {
    artifactName: '${name}-${version}-${arch}.${ext}',
  },
};

