/**
 * The server's event stream (SSE, `/api/events`) shared by every view: one EventSource for the
 * page, views subscribe to the events they care about with `useLiveEvent`.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { DashboardEvent } from '../api-types.js';
import { openEvents } from './api.js';

type Listener = (event: DashboardEvent) => void;
/** `closed`: the server refused the stream (a wrong token) and EventSource gave up. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/** One open stream and who listens to it. */
export interface Live {
  subscribe(listener: Listener): () => void;
  /** `listener` now with the current state, then on every change. */
  onState(listener: (state: LiveState) => void): () => void;
  close(): void;
}

const NAMES = ['changed', 'story', 'scenario'] as const satisfies readonly DashboardEvent['type'][];
/** Every kind of `changed` notice: after a reconnect, each may have been missed. */
const CHANGED: Extract<DashboardEvent, { type: 'changed' }>['what'][] = ['records', 'timeline', 'clock', 'faults'];

/** The event a message carries: the server sends each as a named SSE event whose data is the whole DashboardEvent. */
function decode(data: string): DashboardEvent | undefined {
  try {
    return JSON.parse(data) as DashboardEvent;
  } catch {
    return undefined;
  }
}

/** Open the stream; EventSource reconnects by itself after a drop, and the state says so. */
export function openLive(): Live {
  const listeners = new Set<Listener>();
  const stateListeners = new Set<(state: LiveState) => void>();
  const source = openEvents();
  const emit = (event: DashboardEvent) => {
    for (const listener of listeners) listener(event);
  };
  // kept, so a view that subscribes after the stream opened still learns it is open
  let current: LiveState = 'connecting';
  let opened = false;
  const setState = (state: LiveState) => {
    current = state;
    for (const listener of stateListeners) listener(state);
  };
  for (const name of NAMES) {
    source.addEventListener(name, (e: MessageEvent<string>) => {
      const event = decode(e.data);
      if (event) emit(event);
    });
  }
  source.addEventListener('open', () => {
    setState('live');
    // the notices sent while the stream was down are lost: every view reads again
    if (opened) for (const what of CHANGED) emit({ type: 'changed', what });
    opened = true;
  });
  source.addEventListener('error', () => setState(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting'));
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      listener(current);
      return () => stateListeners.delete(listener);
    },
    close: () => source.close(),
  };
}

export const LiveContext = createContext<Live | undefined>(undefined);

/** Call `handler` for every event from the server while the component is mounted. */
export function useLiveEvent(handler: Listener): void {
  const live = useContext(LiveContext);
  // the newest handler, so a re-render does not resubscribe
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => live?.subscribe((event) => latest.current(event)), [live]);
}
