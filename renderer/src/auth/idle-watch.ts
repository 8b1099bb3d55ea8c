// The idle lock's clock: fires once after `timeoutMs` without activity. Pure (clock and timers injected), tested in Node.

export interface IdleClock {
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export interface IdleWatch {
  /** Keyboard or mouse input: the idle time starts again. Cheap: no timer is touched. */
  activity: () => void;
  stop: () => void;
}

/**
 * One timer at a time: when it fires early (there was activity since), it re-arms for the time left, so a
 * stream of mousemove events costs one assignment each instead of a clearTimeout/setTimeout pair.
 */
export function startIdleWatch(timeoutMs: number, onIdle: () => void, clock: IdleClock): IdleWatch {
  let last = clock.now();
  let handle: unknown = null;
  let stopped = false;

  const arm = (ms: number) => {
    handle = clock.setTimer(check, ms);
  };
  function check() {
    if (stopped) return;
    const left = last + timeoutMs - clock.now();
    if (left > 0) {
      arm(left);
      return;
    }
    stopped = true;
    handle = null;
    onIdle();
  }
  arm(timeoutMs);

  return {
    activity: () => {
      if (!stopped) last = clock.now();
    },
    stop: () => {
      stopped = true;
      if (handle !== null) clock.clearTimer(handle);
      handle = null;
    },
  };
}

/** The browser events that count as activity. */
export const activityEvents = ['keydown', 'mousedown', 'mousemove', 'wheel'] as const;

/** The real clock (also fine in Node: no DOM names). */
export const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as number),
};
