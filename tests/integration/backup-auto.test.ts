// Automatic backups: daily due check, rotation in the data folder and the second folder, manual ones kept, settings, the scheduler.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupsRoot,
  createAutoBackups,
  createBackup,
  isDailyBackupDue,
  listBackups,
  readBackupSettings,
  runAutoBackup,
  secondFolderRoot,
  verifyBackup,
} from '../../electron/core/backup';
import { makeTempDir, openTempCore, type TempCore } from '../helpers/temp-core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tempCore(): TempCore {
  const core = openTempCore();
  cleanups.push(() => core.cleanup());
  return core;
}

const DAY = 86_400_000;
const start = new Date('2026-01-01T02:00:00Z');
const auto = (core: TempCore, now: Date) => runAutoBackup({ sqlite: core.handle.sqlite, dataDir: core.dir, now, appVersion: 't' });
const settings = (core: TempCore, value: unknown) => fs.writeFileSync(path.join(core.dir, 'settings.json'), JSON.stringify(value));

describe('automatic backups', () => {
  it('are due when none exists or the newest automatic one is a day old', async () => {
    const core = tempCore();
    expect(isDailyBackupDue(core.dir, start)).toBe(true);
    await auto(core, start);
    expect(isDailyBackupDue(core.dir, new Date(start.getTime() + DAY - 1000))).toBe(false);
    expect(isDailyBackupDue(core.dir, new Date(start.getTime() + DAY))).toBe(true);
  });

  it('rotate to the policy over 60 days, in the data folder and the second folder, and never remove manual ones', async () => {
    const core = tempCore();
    const usb = makeTempDir('ledger-usb-');
    cleanups.push(() => fs.rmSync(usb, { recursive: true, force: true }));
    settings(core, { backup: { secondFolder: usb, policy: { daily: 3, weekly: 2, monthly: 1 } } });
    await createBackup({ sqlite: core.handle.sqlite, dataDir: core.dir, root: backupsRoot(core.dir), kind: 'manual', now: start, appVersion: 't' });
    for (let d = 0; d < 60; d++) {
      const result = await auto(core, new Date(start.getTime() + d * DAY));
      expect(result.second).toEqual({ dir: expect.stringContaining(usb) });
    }
    for (const root of [backupsRoot(core.dir), secondFolderRoot(usb)]) {
      const kept = listBackups(root).filter((b) => b.kind === 'auto');
      expect(kept.length).toBeLessThanOrEqual(3 + 2 + 1);
      expect(kept[0]!.at).toEqual(new Date(start.getTime() + 59 * DAY));
      expect(kept.slice(0, 3).map((b) => b.at.getTime())).toEqual([59, 58, 57].map((d) => start.getTime() + d * DAY));
      for (const b of kept) expect(verifyBackup(b.dir).ok).toBe(true);
    }
    expect(listBackups(backupsRoot(core.dir)).filter((b) => b.kind === 'manual')).toHaveLength(1);
  });

  it('keep the main backup and report the reason when the second folder is missing', async () => {
    const core = tempCore();
    settings(core, { backup: { secondFolder: path.join(core.dir, 'no-usb-here') } });
    const result = await auto(core, start);
    expect(verifyBackup(result.dir).ok).toBe(true);
    expect(result.second).toEqual({ error: expect.stringContaining('U 盘是否已插上') });
  });

  it('fall back to the default policy with a Chinese warning when settings.json is broken', () => {
    const core = tempCore();
    fs.writeFileSync(path.join(core.dir, 'settings.json'), '{ not json');
    expect(readBackupSettings(core.dir)).toEqual({
      settings: { secondFolder: null, policy: { daily: 7, weekly: 4, monthly: 12 } },
      warning: expect.stringContaining('不是有效的 JSON'),
    });
    settings(core, { backup: { policy: { daily: -1 } } });
    expect(readBackupSettings(core.dir).warning).toContain('备份设置有误');
    settings(core, { backup: { policy: { weekly: 9 } } });
    expect(readBackupSettings(core.dir)).toEqual({ settings: { secondFolder: null, policy: { daily: 7, weekly: 9, monthly: 12 } }, warning: null });
  });
});

describe('the scheduler', () => {
  it('takes a daily backup only when due, and tracks changes made since the last one', async () => {
    const core = tempCore();
    let now = start;
    const logs: string[] = [];
    const backups = createAutoBackups({ sqlite: () => core.handle.sqlite, dataDir: core.dir, appVersion: 't', clock: () => now, log: (m) => logs.push(m) });
    expect(backups.changedSinceBackup()).toBe(false);
    expect(await backups.takeIfDue()).not.toBeNull();
    expect(await backups.takeIfDue()).toBeNull();
    const saved = await core.dispatch('office.save', { name: '某司法所', code: '320102002', district: '玄武区', township: '玄武门街道' });
    expect(saved.ok).toBe(true);
    expect(backups.changedSinceBackup()).toBe(true);
    now = new Date(start.getTime() + 1000);
    const [a, b] = await Promise.all([backups.take(), backups.take()]);
    expect(a!.dir).not.toBe(b!.dir);
    expect(backups.changedSinceBackup()).toBe(false);
    expect(logs.filter((l) => l.startsWith('自动备份完成'))).toHaveLength(3);
  });

  it('say while one runs or waits, and when all have settled', async () => {
    const core = tempCore();
    let seconds = 0;
    const clock = () => new Date(start.getTime() + 1000 * seconds++);
    const logs: string[] = [];
    const backups = createAutoBackups({ sqlite: () => core.handle.sqlite, dataDir: core.dir, appVersion: 't', clock, log: (m) => logs.push(m) });
    expect(backups.busy()).toBe(false);
    await backups.settled();
    const first = backups.takeIfDue();
    const second = backups.take();
    expect(backups.busy()).toBe(true);
    await backups.settled();
    expect(backups.busy()).toBe(false);
    // Both were done by the time settled() returned (rotation then keeps the newest of the day).
    expect(logs.filter((l) => l.startsWith('自动备份完成'))).toHaveLength(2);
    expect(await first).not.toBeNull();
    expect(await second).not.toBeNull();
  });
});
