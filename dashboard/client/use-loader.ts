/** Hooks for data that comes from the server and for input that should wait a moment. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './format.js';

export interface Loaded<T> {
  data?: T;
  error?: string;
  reload: () => void;
}

/**
 * Load on mount and whenever `deps` change; `reload()` loads again (on a live event). Only the
 * latest call's answer is kept, so a slow answer never overwrites a newer one, and the previous
 * data stays on screen while the next loads.
 */
export function useLoader<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const latest = useRef(0);
  const reload = useCallback(() => {
    const call = ++latest.current;
    load().then(
      (data) => call === latest.current && setState({ data }),
      (e: unknown) => call === latest.current && setState((s) => ({ data: s.data, error: errorText(e) })),
    );
  }, deps);
  useEffect(reload, [reload]);
  return { ...state, reload };
}

/** `value`, once it has stopped changing for `ms`: a search waits for the typing to pause. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
