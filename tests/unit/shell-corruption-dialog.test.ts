// The desktop app's answer to a damaged database, without the Electron binary: dialog text, and restore → relaunch or quit.
import { describe, expect, it } from 'vitest';
import type { RecoveryBackups } from '../../electron/core/backup';
import { planCorruptionDialog, runCorruptionRecovery, type CorruptionRecoveryDeps } from '../../electron/main/corruption-dialog';

const file = 'C:\\Users\\张三\\AppData\\Roaming\\judicial-office-ledger\\ledger.sqlite';
const problems = ['Tree 12 page 40 cell 3: invalid page number 4096'];
const backups: RecoveryBackups = {
  verified: [
    { dir: 'D:\\data\\backups\\auto\\2026-11-27T020000Z', kind: 'auto', at: new Date('2026-11-27T02:00:00Z'), bytes: 3 * 1024 * 1024 },
    { dir: 'D:\\data\\backups\\manual\\2026-11-20T020000Z', kind: 'manual', at: new Date('2026-11-20T02:00:00Z'), bytes: 2048 },
  ],
  failed: 1,
};

function fakes(response: number, restore: CorruptionRecoveryDeps['restore'] = () => ({ asideDir: 'D:\\data\\backups\\before-restore-x', tables: {}, attachments: 0 })) {
  const calls: string[] = [];
  const deps: CorruptionRecoveryDeps = {
    showDialog: async () => response,
    restore: (dir) => {
      calls.push(`restore:${dir}`);
      return restore(dir);
    },
    showMessage: async (title, message) => {
      calls.push(`message:${title}:${message}`);
    },
    relaunch: () => calls.push('relaunch'),
    exit: (code) => calls.push(`exit:${code}`),
  };
  return { calls, deps };
}

describe('corruption dialog', () => {
  it('offers the newest verified backup, names the file and the problem, and says the damaged file is kept', () => {
    const plan = planCorruptionDialog({ file, problems, backups });
    expect(plan.message).toBe('数据库文件已损坏，未做任何修改。');
    expect(plan.restoreDir).toBe(backups.verified[0]!.dir);
    expect(plan.buttons[plan.defaultId]).toBe('从最新备份恢复并重新启动');
    expect(plan.buttons[plan.cancelId]).toBe('退出');
    expect(plan.detail).toContain(file);
    expect(plan.detail).toContain(problems[0]);
    expect(plan.detail).toContain('2026-11-27 10:00（自动备份，3.0 MB）');
    expect(plan.detail).toContain('before-restore');
    expect(plan.detail).toContain('另有 1 个备份未通过校验');
  });

  it('without a verified backup: only 退出, keep the file, contact support', () => {
    const plan = planCorruptionDialog({ file, problems, backups: { verified: [], failed: 2 } });
    expect(plan.restoreDir).toBeNull();
    expect(plan.buttons).toEqual(['退出']);
    expect(plan.detail).toContain('没有找到可用的备份');
    expect(plan.detail).toContain('联系技术支持');
  });

  it('restore: restores the offered folder, tells where the damaged file went, relaunches', async () => {
    const { calls, deps } = fakes(0);
    await runCorruptionRecovery(planCorruptionDialog({ file, problems, backups }), deps);
    expect(calls[0]).toBe(`restore:${backups.verified[0]!.dir}`);
    expect(calls[1]).toContain('before-restore-x');
    expect(calls.slice(2)).toEqual(['relaunch', 'exit:0']);
  });

  it('quit, or no backup: nothing restored, exit 1', async () => {
    const quit = fakes(1);
    await runCorruptionRecovery(planCorruptionDialog({ file, problems, backups }), quit.deps);
    expect(quit.calls).toEqual(['exit:1']);
    const none = fakes(0);
    await runCorruptionRecovery(planCorruptionDialog({ file, problems, backups: { verified: [], failed: 0 } }), none.deps);
    expect(none.calls).toEqual(['exit:1']);
  });

  it('a failed restore is reported and the app quits without relaunching', async () => {
    const { calls, deps } = fakes(0, () => {
      throw new Error('恢复失败，数据已还原为恢复前的状态：磁盘已满');
    });
    await runCorruptionRecovery(planCorruptionDialog({ file, problems, backups }), deps);
    expect(calls[1]).toMatch(/^message:恢复失败:.*磁盘已满/);
    expect(calls.slice(2)).toEqual(['exit:1']);
  });
});
