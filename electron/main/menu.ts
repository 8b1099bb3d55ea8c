// The Chinese application menu; developer items exist only in unpackaged (development) runs.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  isPackaged: boolean;
  onAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload', label: '重新加载' }, { role: 'toggleDevTools', label: '开发者工具' }, separator];
  return {
    label: '视图',
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      separator,
      { role: 'togglefullscreen', label: '全屏' },
    ],
  };
}

/** The menu template for Menu.buildFromTemplate; roles give native behaviour, labels are Chinese. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: `关于${options.appName}`, click: () => options.onAbout() };
  const macAppMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            separator,
            { role: 'hide', label: `隐藏${options.appName}` },
            { role: 'hideOthers', label: '隐藏其他' },
            { role: 'unhide', label: '全部显示' },
            separator,
            { role: 'quit', label: `退出${options.appName}` },
          ],
        },
      ]
    : [];
  return [
    ...macAppMenu,
    { label: '文件', submenu: [options.isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        separator,
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    viewMenu(options.isPackaged),
    {
      label: '窗口',
      submenu: [
        { role: 'minimize', label: '最小化' },
        { role: 'close', label: '关闭' },
      ],
    },
    { label: '帮助', submenu: [about] },
  ];
}

/** The text of the 关于 dialog. */
export function aboutDetail(appName: string, version: string, dbPath: string): string {
  return `${appName} ${version}\n数据文件：${dbPath}`;
}
