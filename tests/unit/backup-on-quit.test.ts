// The will-quit guard with fakes: holds the quit during the backup, lets it go after success, failure or timeout, skips when nothing changed.
import { describe, expect, it } from 'vitest';
import type { AutoBackups } from '../../electron/core/backup';
import { autoBackupOnQuit, createBackupOnQuit, type BackupOnQuitDeps } from '../../electron/main/backup-on-quit';

function harness(options: { needsBackup?: boolean; backup?: () => Promise<void> } = {}) {
  const calls: string[] = [];
  let timer: (() => void) | null = null;
  let resolveBackup: () => void = () => undefined;
  let rejectBackup: (e: Error) => void = () => undefined;
  const deps: BackupOnQuitDeps = {
    needsBackup: () => options.needsBackup ?? true,
    backup:
      options.backup ??
      (() => {
        calls.push('backup');
        return new Promise<void>((resolve, reject) => {
          resolveBackup = resolve;
          rejectBackup = reject;
        });
      }),
    finish: () => calls.push('finish'),
    quit: () => calls.push('quit'),
    log: (message) => calls.push(`log:${message}`),
    setTimer: (run, ms) => {
      calls.push(`timer:${ms}`);
      timer = run;
      return 7;
    },
    clearTimer: (t) => calls.push(`clear:${String(t)}`),
    timeoutMs: 5000,
  };
  const onQuit = createBackupOnQuit(deps);
  const quitEvent = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    onQuit(event);
    return event.prevented;
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { calls, quitEvent, settle, resolve: () => resolveBackup(), reject: (e: Error) => rejectBackup(e), fireTimer: () => timer?.() };
}

describe('backup on quit', () => {
  it('holds the quit while the backup runs, then quits again and closes the core on the second pass', async () => {
    const h = harness();
    expect(h.quitEvent()).toBe(true);
    expect(h.quitEvent()).toBe(true); // a second quit request while the backup runs is held too
    expect(h.calls).toEqual(['timer:5000', 'backup']);
    h.resolve();
    await h.settle();
    expect(h.calls).toEqual(['timer:5000', 'backup', 'clear:7', 'quit']);
    expect(h.quitEvent()).toBe(false);
    expect(h.calls.at(-1)).toBe('finish');
  });

  it('lets the quit through at once, closing the core, when nothing changed', () => {
    const h = harness({ needsBackup: false });
    expect(h.quitEvent()).toBe(false);
    expect(h.calls).toEqual(['finish']);
  });

  it('still quits when the backup fails, and logs why', async () => {
    const h = harness();
    h.quitEvent();
    h.reject(new Error('磁盘已满'));
    await h.settle();
    expect(h.calls).toEqual(['timer:5000', 'backup', 'log:退出时的备份失败', 'clear:7', 'quit']);
    expect(h.quitEvent()).toBe(false);
  });

  it('stops waiting for a hung backup after the timeout and quits only once', async () => {
    const h = harness();
    h.quitEvent();
    h.fireTimer();
    expect(h.calls).toEqual(['timer:5000', 'backup', 'log:退出时的备份超时，程序不再等待', 'quit']);
    h.resolve();
    await h.settle();
    expect(h.calls.filter((c) => c === 'quit')).toHaveLength(1);
    expect(h.quitEvent()).toBe(false);
    expect(h.calls.at(-1)).toBe('finish');
  });
});

describe('the automatic backups on quit', () => {
  /** AutoBackups whose running backup ends when `finish()` is called; records what the quit asked of it. */
  function fakeBackups(options: { busy: boolean; changed: boolean }) {
    const calls: string[] = [];
    let finish = () => {};
    const running = new Promise<void>((resolve) => (finish = resolve));
    let { busy, changed } = options;
    const backups: AutoBackups = {
      take: async () => (calls.push('take'), (changed = false), null),
      takeIfDue: async () => null,
      changedSinceBackup: () => changed,
      busy: () => busy,
      settled: async () => {
        calls.push('settled');
        if (busy) await running;
        busy = false;
        calls.push('settled done');
      },
    };
    return { backups, calls, finish };
  }

  it('a backup still running when the app is closed is waited for, and nothing more is taken when nothing changed', async () => {
    const fake = fakeBackups({ busy: true, changed: false });
    const steps = autoBackupOnQuit(() => fake.backups);
    expect(steps.needsBackup()).toBe(true);
    const done = steps.backup();
    await Promise.resolve();
    expect(fake.calls).toEqual(['settled']);
    fake.finish();
    await done;
    expect(fake.calls).toEqual(['settled', 'settled done']);
  });

  it('changes since the last backup: one more is taken after any running one', async () => {
    const fake = fakeBackups({ busy: false, changed: true });
    const steps = autoBackupOnQuit(() => fake.backups);
    expect(steps.needsBackup()).toBe(true);
    await steps.backup();
    expect(fake.calls).toEqual(['settled', 'settled done', 'take']);
  });

  it('nothing running, nothing changed, or no backups at all: the quit goes straight through', async () => {
    expect(autoBackupOnQuit(() => fakeBackups({ busy: false, changed: false }).backups).needsBackup()).toBe(false);
    expect(autoBackupOnQuit(() => undefined).needsBackup()).toBe(false);
    await expect(autoBackupOnQuit(() => undefined).backup()).resolves.toBeUndefined();
  });
});
