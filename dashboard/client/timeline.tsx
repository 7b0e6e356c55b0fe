/**
 * The timeline, newest first, on the virtual clock: client requests, deliveries with their
 * attempts, the connector's flow outcomes, clock moves, story steps, fault decisions. It loads
 * the latest entries once, then only what came after the last one it has, on each live notice.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TimelineEntry, TimelineKind } from '../api-types.js';
import { api } from './api.js';
import { errorText, formatTime } from './format.js';
import { useLiveEvent } from './live.js';
import { VENDOR_TITLE } from './vendors.js';

const FIRST = 200;
const NEXT = 500;
/** What the page keeps: a long demo must not grow the page without bound. */
const KEEP = 1000;
const KINDS: TimelineKind[] = ['request', 'delivery', 'outcome', 'clock', 'story', 'fault'];

function Entry({ entry }: { entry: TimelineEntry }) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`entry kind-${entry.kind}`} data-testid={`timeline-entry-${entry.seq}`} data-kind={entry.kind}>
      <div class="entry-line">
        <time dateTime={entry.at}>{formatTime(entry.at)}</time>
        <span class="entry-kind">{entry.kind}</span>
        {entry.vendor && <span class={`vendor-tag vendor-${entry.vendor}`}>{VENDOR_TITLE[entry.vendor]}</span>}
        <span class="entry-text">{entry.text}</span>
        {entry.detail !== undefined && (
          <button type="button" class="link" data-testid={`timeline-toggle-${entry.seq}`} aria-expanded={open} aria-label={open ? 'Hide the detail' : 'Show the detail'} onClick={() => setOpen(!open)}>
            {open ? 'hide' : 'detail'}
          </button>
        )}
      </div>
      {open && (
        <pre class="json" data-testid={`timeline-detail-${entry.seq}`}>
          {JSON.stringify(entry.detail, null, 2)}
        </pre>
      )}
    </li>
  );
}

export function TimelinePanel() {
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [error, setError] = useState<string>();
  const [kind, setKind] = useState<TimelineKind | ''>('');
  // the highest seq held, and one fetch at a time: a notice that lands mid-fetch asks for one more round
  const last = useRef<number>();
  const busy = useRef(false);
  const again = useRef(false);

  const fetchNew = async () => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    try {
      do {
        again.current = false;
        const first = last.current === undefined;
        const page = await api.timeline(last.current, first ? FIRST : NEXT);
        if (!first && page.last < last.current!) {
          // a restarted server counts from the start again: what the page holds is the old one's
          last.current = undefined;
          setEntries([]);
          again.current = true;
          continue;
        }
        // a full page after `last` may stop short of the newest: go on from its own highest seq
        const more = !first && page.entries.length === NEXT;
        last.current = more ? Math.max(...page.entries.map((e) => e.seq)) : Math.max(page.last, last.current ?? 0);
        if (page.entries.length > 0) setEntries((held) => merge(held, page.entries));
        if (more) again.current = true;
      } while (again.current);
      setError(undefined);
    } catch (e) {
      setError(errorText(e));
    } finally {
      busy.current = false;
    }
  };
  useEffect(() => void fetchNew(), []);
  useLiveEvent((event) => {
    if (event.type === 'changed' && event.what === 'timeline') void fetchNew();
  });

  const shown = kind ? entries.filter((e) => e.kind === kind) : entries;
  return (
    <section class="timeline" data-testid="timeline" aria-label="Timeline">
      <div class="panel-title">
        <h2>Timeline</h2>
        <select data-testid="timeline-filter" aria-label="Show only one kind of entry" value={kind} onChange={(e) => setKind(e.currentTarget.value as TimelineKind | '')}>
          <option value="">everything</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="error" role="alert" data-testid="timeline-error">
          {error}
        </p>
      )}
      <ol class="entries" data-testid="timeline-entries">
        {shown.map((entry) => (
          <Entry key={entry.seq} entry={entry} />
        ))}
        {shown.length === 0 && <li class="empty">Nothing yet: run a story, or call a simulator.</li>}
      </ol>
    </section>
  );
}

/** The held entries with the new ones, newest first, each seq once, at most KEEP. */
function merge(held: TimelineEntry[], fresh: TimelineEntry[]): TimelineEntry[] {
  const seen = new Set(held.map((e) => e.seq));
  const added = fresh.filter((e) => !seen.has(e.seq));
  return [...added, ...held].sort((a, b) => b.seq - a.seq).slice(0, KEEP);
}
