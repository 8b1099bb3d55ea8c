// The in-memory session store: binding, idle lock after the configured minutes, explicit lock/unlock, ending.
import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../electron/core/auth/sessions';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 2, 0) + minutes * 60_000);

describe('session store', () => {
  it('is active until it idles longer than the limit, then stays locked', () => {
    const sessions = createSessionStore();
    sessions.bind('ipc:1', 5, 0, at(0));
    expect(sessions.state('ipc:1', at(15), 15).kind).toBe('active');
    sessions.touch('ipc:1', at(15));
    expect(sessions.state('ipc:1', at(30), 15).kind).toBe('active');
    expect(sessions.state('ipc:1', at(30.01), 15).kind).toBe('locked');
    // Locked stays locked even if the limit is raised afterwards; unlocking restarts the clock.
    expect(sessions.state('ipc:1', at(31), 240).kind).toBe('locked');
    sessions.unlock('ipc:1', 0, at(31));
    expect(sessions.state('ipc:1', at(45), 15).kind).toBe('active');
  });

  it('locks on request, keeps the user while locked, and ends one, one user\'s, or all sessions', () => {
    const sessions = createSessionStore();
    sessions.bind('a', 1, 0, at(0));
    sessions.bind('b', 1, 0, at(0));
    sessions.bind('c', 2, 3, at(0));
    sessions.lock('a');
    const a = sessions.state('a', at(1), 15);
    expect(a.kind === 'locked' && a.session.userId).toBe(1);
    sessions.end('a');
    expect(sessions.state('a', at(1), 15).kind).toBe('none');
    sessions.endUser(1);
    expect(sessions.state('b', at(1), 15).kind).toBe('none');
    expect(sessions.size).toBe(1);
    sessions.clear();
    expect(sessions.size).toBe(0);
  });
});
