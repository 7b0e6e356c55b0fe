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

const NAMES = ['changed', 'story', 'scenario'] as const;

/**
 * The event a message carries. The server may send each as a named SSE event whose data is the
 * DashboardEvent, or its payload alone (`{what}`, a StoryProgress, a ScenarioRunResult); both read the same.
 */
function decode(name: string, data: string): DashboardEvent | undefined {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(data) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof body.type === 'string' && (NAMES as readonly string[]).includes(body.type)) return body as unknown as DashboardEvent;
  if (name === 'changed') return { type: 'changed', what: body.what } as DashboardEvent;
  if (name === 'story') return { type: 'story', progress: body.progress ?? body } as DashboardEvent;
  if (name === 'scenario') return { type: 'scenario', result: body.result ?? body } as DashboardEvent;
  return undefined;
}

/** Open the stream; EventSource reconnects by itself after a drop, and the state says so. */
export function openLive(): Live {
  const listeners = new Set<Listener>();
  const stateListeners = new Set<(state: LiveState) => void>();
  const source = openEvents();
  const emit = (name: string) => (e: MessageEvent<string>) => {
    const event = decode(name, e.data);
    if (event) for (const listener of listeners) listener(event);
  };
  // kept, so a view that subscribes after the stream opened still learns it is open
  let current: LiveState = 'connecting';
  const setState = (state: LiveState) => {
    current = state;
    for (const listener of stateListeners) listener(state);
  };
  source.addEventListener('message', emit('message'));
  for (const name of NAMES) source.addEventListener(name, emit(name));
  source.addEventListener('open', () => setState('live'));
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
