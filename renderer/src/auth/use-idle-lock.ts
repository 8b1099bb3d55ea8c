// Locks the session after `minutes` without keyboard or mouse input (the same limit the core applies).
import { useEffect, useRef } from 'react';
import { activityEvents, browserClock, startIdleWatch, type IdleClock } from './idle-watch';

export function useIdleLock(minutes: number, active: boolean, onIdle: () => void, clock: IdleClock = browserClock): void {
  const idle = useRef(onIdle);
  useEffect(() => {
    idle.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) return;
    const watch = startIdleWatch(minutes * 60_000, () => idle.current(), clock);
    const onActivity = () => watch.activity();
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      watch.stop();
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes, active, clock]);
}
