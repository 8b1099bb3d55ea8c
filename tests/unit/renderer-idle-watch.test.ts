// The idle lock's clock (renderer/src/auth/idle-watch.ts): fires once after the idle time, activity postpones it, stop cancels it.
import { describe, expect, it } from 'vitest';
import { startIdleWatch, type IdleClock } from '../../renderer/src/auth/idle-watch';

/** A fake clock: `advance(ms)` runs the timers that fall due, in order. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: IdleClock = {
    now: () => now,
    setTimer: (run, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

const MINUTE = 60_000;

describe('startIdleWatch', () => {
  it('fires once, exactly when the idle time has passed without activity', () => {
    const f = fakeClock();
    let fired = 0;
    startIdleWatch(15 * MINUTE, () => fired++, f.clock);
    f.advance(15 * MINUTE - 1);
    expect(fired).toBe(0);
    f.advance(1);
    expect(fired).toBe(1);
    f.advance(60 * MINUTE);
    expect(fired).toBe(1);
    expect(f.pending()).toBe(0);
  });

  it('counts the idle time from the last activity', () => {
    const f = fakeClock();
    let firedAt: number | null = null;
    const watch = startIdleWatch(10 * MINUTE, () => (firedAt = f.clock.now()), f.clock);
    f.advance(9 * MINUTE);
    watch.activity();
    f.advance(9 * MINUTE);
    expect(firedAt).toBeNull();
    f.advance(MINUTE);
    expect(firedAt).toBe(19 * MINUTE);
  });

  it('keeps a single timer however many activity events arrive', () => {
    const f = fakeClock();
    let fired = false;
    const watch = startIdleWatch(5 * MINUTE, () => (fired = true), f.clock);
    for (let i = 0; i < 1000; i++) {
      f.advance(100);
      watch.activity();
    }
    expect(f.pending()).toBe(1);
    expect(fired).toBe(false);
    f.advance(5 * MINUTE);
    expect(fired).toBe(true);
  });

  it('never fires after stop, and activity after firing does not re-arm it', () => {
    const f = fakeClock();
    let fired = 0;
    const stopped = startIdleWatch(MINUTE, () => fired++, f.clock);
    stopped.stop();
    expect(f.pending()).toBe(0);
    f.advance(10 * MINUTE);
    expect(fired).toBe(0);
    const once = startIdleWatch(MINUTE, () => fired++, f.clock);
    f.advance(MINUTE);
    once.activity();
    f.advance(10 * MINUTE);
    expect(fired).toBe(1);
  });
});
