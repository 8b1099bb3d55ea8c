// While locked or logged out the renderer polls nothing; a failed 解锁 of a reset/disabled account goes to 登录; readonly sees no batch.
import { describe, expect, it } from 'vitest';
import { roleMay } from '../../electron/shared/access';
import { loginNotice, sessionActive, unlockFailure } from '../../renderer/src/auth/session-rules';
import { JOB_POLL_MS, jobPollInterval } from '../../renderer/src/lib/job-poll';

describe('sessionActive', () => {
  it('is true only for an unlocked logged-in session', () => {
    const states: [{ kind: string; locked?: boolean }, boolean][] = [
      [{ kind: 'app', locked: false }, true],
      [{ kind: 'app', locked: true }, false],
      [{ kind: 'login' }, false],
      [{ kind: 'loading' }, false],
      [{ kind: 'setup' }, false],
    ];
    for (const [state, active] of states) expect(sessionActive(state), state.kind).toBe(active);
  });
});

describe('jobPollInterval', () => {
  it('polls a running (or not yet loaded) job every 400 ms while active', () => {
    expect(jobPollInterval(true, undefined)).toBe(JOB_POLL_MS);
    expect(jobPollInterval(true, { state: 'running' })).toBe(JOB_POLL_MS);
    expect(jobPollInterval(true, { state: 'done' })).toBe(false);
  });

  it('stops while locked or logged out, even for a running job', () => {
    expect(jobPollInterval(false, { state: 'running' })).toBe(false);
    expect(jobPollInterval(false, undefined)).toBe(false);
  });
});

describe('unlockFailure', () => {
  it('sends a reset or disabled account to the login page', () => {
    expect(unlockFailure({ code: 'UNAUTHORIZED', message: '请先登录' })).toEqual({ login: '登录已失效，请重新登录' });
    expect(loginNotice('已从备份恢复，请重新登录')).toBe('已从备份恢复，请重新登录');
  });

  it('keeps a wrong password in the dialog', () => {
    expect(unlockFailure({ code: 'VALIDATION_FAILED', message: '密码不正确' })).toEqual({ error: '密码不正确' });
  });
});

describe('readonly gating of write-like queries', () => {
  it.each(['document.batchStart', 'document.batchCancel', 'case.checkDuplicates', 'xlsx.preview', 'template.check'] as const)(
    '%s is hidden from readonly, shown to staff',
    (method) => {
      expect(roleMay('readonly', method)).toBe(false);
      expect(roleMay('staff', method)).toBe(true);
    },
  );
});
