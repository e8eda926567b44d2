import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns `run(value)` that calls `callback(value)` after `delay` ms of quiet, and
 * `flush(value)` that calls it at once and cancels any pending run.
 */
export function useDebouncedCallback<T>(callback: (value: T) => void, delay: number) {
  const callbackRef = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    callbackRef.current = callback;
  }, [callback]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const run = useCallback(
    (value: T) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => callbackRef.current(value), delay);
    },
    [delay],
  );

  const flush = useCallback((value: T) => {
    clearTimeout(timer.current);
    callbackRef.current(value);
  }, []);

  return { run, flush };
}
