/**
 * One system's column: a tab per record kind, a search box, and one page of rows at a time
 * (never the whole store: 10,000 customers must paint at once). A row opens the record.
 */
import { useState } from 'preact/hooks';
import { RECORD_KINDS, type RecordRow, type Vendor } from '../api-types.js';
import { api } from './api.js';
import { formatCount } from './format.js';
import { useLiveEvent } from './live.js';
import { useDebounced, useLoader } from './use-loader.js';
import { type RecordRef, refTestId, VENDOR_TITLE } from './vendors.js';

/** Rows per page: enough to scan, few enough that a page is one quick answer. */
const PAGE_SIZE = 25;
// long enough to skip the keystrokes in between, short enough that rows still change within 200 ms of the last one
const SEARCH_WAIT_MS = 120;

function Row({ vendor, kind, row, selected, onOpen }: { vendor: Vendor; kind: string; row: RecordRow; selected: boolean; onOpen: (ref: RecordRef) => void }) {
  const ref = { vendor, kind, id: row.id };
  return (
    <li>
      <button type="button" class={selected ? 'row selected' : 'row'} data-testid={`row-${refTestId(ref)}`} aria-label={`Open ${VENDOR_TITLE[vendor]} ${kind} ${row.label}`} onClick={() => onOpen(ref)}>
        <span class="row-label">{row.label}</span>
        {row.status && <span class={`status status-${row.status.toLowerCase().replace(/[^a-z]+/g, '-')}`}>{row.status}</span>}
        <span class="row-id">{row.id}</span>
        {row.summary && <span class="row-summary">{row.summary}</span>}
      </button>
    </li>
  );
}

export function VendorColumn({ vendor, counts, selected, onOpen }: { vendor: Vendor; counts?: Record<string, number>; selected?: RecordRef; onOpen: (ref: RecordRef) => void }) {
  const kinds: readonly string[] = RECORD_KINDS[vendor];
  const [kind, setKind] = useState(kinds[0] ?? '');
  const [typed, setTyped] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDebounced(typed.trim(), SEARCH_WAIT_MS);
  const page = useLoader(() => api.records(vendor, kind, q, offset, PAGE_SIZE), [vendor, kind, q, offset]);
  useLiveEvent((event) => {
    if (event.type === 'changed' && event.what === 'records') page.reload();
  });
  // a page that no longer matches the tab and search (still loading) is not shown as if it did
  const data = page.data && page.data.kind === kind ? page.data : undefined;
  const total = data?.total ?? 0;
  const title = VENDOR_TITLE[vendor];
  const pick = (next: string) => {
    setKind(next);
    setOffset(0);
  };
  return (
    <section class={`column vendor-${vendor}`} data-testid={`column-${vendor}`} aria-label={`${title} records`}>
      <h2>{title}</h2>
      <div class="tabs" role="tablist" aria-label={`${title} record kinds`}>
        {kinds.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={k === kind} data-testid={`tab-${vendor}-${k}`} onClick={() => pick(k)}>
            {k}
            {counts?.[k] !== undefined && <span class="count">{formatCount(counts[k])}</span>}
          </button>
        ))}
      </div>
      <input
        type="search"
        class="search"
        data-testid={`search-${vendor}`}
        aria-label={`Search ${title} ${kind} by id, name or summary`}
        placeholder={`Search ${kind}…`}
        value={typed}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          setOffset(0);
        }}
      />
      {page.error && (
        <p class="error" role="alert" data-testid={`error-${vendor}`}>
          {page.error}
        </p>
      )}
      <ul class="rows" data-testid={`rows-${vendor}`} aria-busy={!data}>
        {data?.items.map((row) => (
          <Row key={row.id} vendor={vendor} kind={kind} row={row} selected={selected?.vendor === vendor && selected.kind === kind && selected.id === row.id} onOpen={onOpen} />
        ))}
        {data && data.items.length === 0 && <li class="empty">{q ? `No ${kind} match “${q}”.` : `No ${kind} yet.`}</li>}
      </ul>
      <nav class="pager" aria-label={`${title} ${kind} pages`}>
        <button type="button" data-testid={`page-prev-${vendor}`} aria-label="Previous page" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          ‹
        </button>
        <span data-testid={`page-info-${vendor}`}>{data ? (total === 0 ? '0' : `${formatCount(offset + 1)}–${formatCount(offset + data.items.length)} of ${formatCount(total)}`) : '…'}</span>
        <button type="button" data-testid={`page-next-${vendor}`} aria-label="Next page" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          ›
        </button>
      </nav>
    </section>
  );
}
