/** The side panel: one record as its vendor's API answers it, and its sync graph. */
import type { LinkGraph, RecordDetail } from '../api-types.js';
import { api } from './api.js';
import { LinkGraphView } from './link-graph.js';
import { useLiveEvent } from './live.js';
import { useLoader } from './use-loader.js';
import { type RecordRef, VENDOR_TITLE } from './vendors.js';

export function RecordPanel({ subject, onOpen, onClose }: { subject: RecordRef; onOpen: (ref: RecordRef) => void; onClose: () => void }) {
  const { vendor, kind, id } = subject;
  const loaded = useLoader(() => Promise.all([api.record(vendor, kind, id), api.links(vendor, kind, id)]), [vendor, kind, id]);
  useLiveEvent((event) => {
    if (event.type === 'changed' && event.what === 'records') loaded.reload();
  });
  // the previous record's answer stays in the loader until this one's lands: show neither as this one
  const answer: [RecordDetail, LinkGraph] | undefined = loaded.data?.[0].id === id && loaded.data[0].vendor === vendor && loaded.data[0].kind === kind ? loaded.data : undefined;
  return (
    <aside class="panel" data-testid="record-panel" aria-label={`${VENDOR_TITLE[vendor]} ${kind} ${id}`}>
      <div class="panel-head">
        <h2>
          {VENDOR_TITLE[vendor]} {kind} <code data-testid="record-id">{id}</code>
        </h2>
        <button type="button" data-testid="record-close" aria-label="Close the record panel" onClick={onClose}>
          ✕
        </button>
      </div>
      {loaded.error && (
        <p class="error" role="alert" data-testid="record-error">
          {loaded.error}
        </p>
      )}
      {!answer && !loaded.error && <p class="muted">Loading…</p>}
      {answer && (
        <>
          <h3>Sync graph</h3>
          <LinkGraphView graph={answer[1]} onOpen={onOpen} />
          <h3>JSON</h3>
          <pre class="json" data-testid="record-json">
            {JSON.stringify(answer[0].record, null, 2)}
          </pre>
        </>
      )}
    </aside>
  );
}
