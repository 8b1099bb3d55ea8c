// The Chinese application menu: labels, roles, and developer items only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDetail, buildMenuTemplate } from '../../electron/main/menu';

const appName = '司法所台账';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
}

function build(isPackaged: boolean, isMac = false, onAbout = vi.fn()) {
  const template = buildMenuTemplate({ appName, isMac, isPackaged, onAbout });
  const byLabel = (label: string) => template.find((m) => m.label === label);
  return { template, byLabel, onAbout };
}

describe('buildMenuTemplate', () => {
  it('has the Chinese top-level menus', () => {
    expect(build(true).template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('labels the edit roles in Chinese', () => {
    const edit = submenu(build(true).byLabel('编辑'));
    expect(labels(edit)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('has 退出, 最小化 and 关闭', () => {
    const { byLabel } = build(true);
    expect(submenu(byLabel('文件'))).toEqual([{ role: 'quit', label: '退出' }]);
    expect(labels(submenu(byLabel('窗口')))).toEqual(['最小化', '关闭']);
  });

  it('shows reload and DevTools only when not packaged', () => {
    expect(labels(submenu(build(false).byLabel('视图')))).toEqual(['重新加载', '开发者工具', '实际大小', '放大', '缩小', '全屏']);
    const packaged = submenu(build(true).byLabel('视图'));
    expect(labels(packaged)).toEqual(['实际大小', '放大', '缩小', '全屏']);
    const roles = packaged.map((i) => i.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles).not.toContain(role);
  });

  it('opens the about box from 帮助', () => {
    const { byLabel, onAbout } = build(true);
    const about = submenu(byLabel('帮助'))[0];
    expect(about?.label).toBe('关于司法所台账');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('adds the macOS application menu', () => {
    const { template } = build(true, true);
    expect(template[0]?.label).toBe(appName);
    expect(labels(submenu(template[0]))).toContain('退出司法所台账');
    expect(labels(submenu(template[0]))[0]).toBe('关于司法所台账');
  });
});

describe('aboutDetail', () => {
  it('names the version and the data file', () => {
    expect(aboutDetail(appName, '0.1.0', '/home/u/.config/judicial-office-ledger/ledger.sqlite')).toBe(
      '司法所台账 0.1.0\n数据文件：/home/u/.config/judicial-office-ledger/ledger.sqlite',
    );
  });
});
