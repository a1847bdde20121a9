import { useEffect, useRef, useState } from 'react';
import { COUNTDOWN_SECONDS, IDLE_MAX_SECONDS } from './settings';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * After `idleSeconds` without a touch or key, counts down visibly and then calls `onClear`.
 * Any touch or key cancels. With `enabled` false (personal mode) or nothing on the page
 * (`hasData` false), there is no timer at all: an empty page never counts down.
 * Returns the seconds left while counting down, otherwise undefined.
 */
export function useIdleClear(enabled: boolean, hasData: boolean, idleSeconds: number, onClear: () => void): number | undefined {
  const [left, setLeft] = useState<number | undefined>(undefined);
  const clearRef = useRef(onClear);
  useEffect(() => {
    clearRef.current = onClear;
  }, [onClear]);

  useEffect(() => {
    if (!enabled || !hasData) return;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let tick: ReturnType<typeof setInterval> | undefined;

    const startIdle = () => {
      clearTimeout(idleTimer);
      clearInterval(tick);
      tick = undefined;
      setLeft(undefined);
      // Capped: above 2³¹−1 ms a browser's timer fires at once.
      idleTimer = setTimeout(startCountdown, Math.min(idleSeconds, IDLE_MAX_SECONDS) * 1000);
    };
    const startCountdown = () => {
      let remaining = COUNTDOWN_SECONDS;
      setLeft(remaining);
      tick = setInterval(() => {
        remaining -= 1;
        if (remaining <= 0) {
          clearInterval(tick);
          tick = undefined;
          clearRef.current();
        } else {
          setLeft(remaining);
        }
      }, 1000);
    };

    startIdle();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, startIdle, { capture: true, passive: true });
    return () => {
      clearTimeout(idleTimer);
      clearInterval(tick);
      setLeft(undefined);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, startIdle, { capture: true });
    };
  }, [enabled, hasData, idleSeconds]);

  return enabled && hasData ? left : undefined;
}
