// The will-quit guard with fakes: holds the quit during the backup, lets it go after success, failure or timeout, skips when nothing changed.
import { describe, expect, it } from 'vitest';
import { createBackupOnQuit, type BackupOnQuitDeps } from '../../electron/main/backup-on-quit';

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
