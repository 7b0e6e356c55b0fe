/**
 * The page's layout: the header (clock, chaos, stories), the three systems side by side, the
 * timeline and scenarios below, and the side panel for the record opened last.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { Header } from './header.js';
import { useLiveEvent } from './live.js';
import { RecordPanel } from './record-panel.js';
import { ScenariosPanel } from './scenarios.js';
import { TimelinePanel } from './timeline.js';
import { useLoader } from './use-loader.js';
import { VendorColumn } from './vendor-column.js';
import { type RecordRef, VENDORS } from './vendors.js';

export function App() {
  const overview = useLoader(() => api.overview(), []);
  const [open, setOpen] = useState<RecordRef>();
  // counts, clock and chaos all live in the overview; the timeline has its own reader
  useLiveEvent((event) => {
    if (event.type === 'changed' && event.what !== 'timeline') overview.reload();
  });
  useEffect(() => {
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(undefined);
    addEventListener('keydown', close);
    return () => removeEventListener('keydown', close);
  }, []);

  return (
    <div class={open ? 'layout with-panel' : 'layout'}>
      <Header overview={overview.data} error={overview.error} onChanged={overview.reload} />
      <main class="columns">
        {VENDORS.map((vendor) => (
          <VendorColumn key={vendor} vendor={vendor} counts={overview.data?.counts[vendor]} selected={open} onOpen={setOpen} />
        ))}
      </main>
      <div class="lower">
        <TimelinePanel />
        <ScenariosPanel />
      </div>
      {open && <RecordPanel subject={open} onOpen={setOpen} onClose={() => setOpen(undefined)} />}
    </div>
  );
}
