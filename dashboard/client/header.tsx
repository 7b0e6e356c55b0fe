/** The header: what this is, whether it is live, the virtual clock and its buttons, chaos, the stories. */
import { useContext, useEffect, useState } from 'preact/hooks';
import type { AdvanceRequest, Overview } from '../api-types.js';
import { api } from './api.js';
import { formatTime } from './format.js';
import { LiveContext, type LiveState } from './live.js';
import { Stories, useStoryRun } from './stories.js';
import { useAction } from './use-action.js';

const ADVANCES: { by: AdvanceRequest['by']; text: string; label: string; testid: string }[] = [
  { by: 'P1D', text: '+1 day', label: 'Advance the virtual clock by one day', testid: 'clock-advance-day' },
  { by: 'P1M', text: '+1 month', label: 'Advance the virtual clock by one month', testid: 'clock-advance-month' },
  { by: 'cycle', text: 'To end of cycle', label: 'Advance the virtual clock to the end of the open billing cycle', testid: 'clock-advance-cycle' },
];

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'reconnecting…',
  closed: 'live updates refused: reload with the printed URL',
};

function LiveBadge() {
  const live = useContext(LiveContext);
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => live?.onState(setState), [live]);
  return (
    <span class={`badge live-${state}`} data-testid="live-status" role="status">
      {LIVE_TEXT[state]}
    </span>
  );
}

export function Header({ overview, error, onChanged }: { overview?: Overview; error?: string; onChanged: () => void }) {
  const advance = useAction(async (by: AdvanceRequest['by']) => {
    await api.advanceClock(by);
    onChanged();
  });
  const chaos = useAction(async (on: boolean) => {
    await api.setChaos(on);
    onChanged();
  });
  const stories = overview?.stories ?? [];
  const story = useStoryRun(stories);
  const failed = error ?? advance.error ?? chaos.error;
  return (
    <header class="header">
      <div class="title">
        <h1>billing-sim sandbox</h1>
        <span class="subtitle">Togai ⇄ Zuora · Togai ⇄ Chargebee, through the reference connector</span>
        <LiveBadge />
      </div>
      <div class="controls">
        <div class="clock" role="group" aria-label="Virtual clock">
          <span class="clock-label">Virtual clock</span>
          <time data-testid="clock" dateTime={overview?.clock.now} title={overview?.clock.now}>
            {overview ? formatTime(overview.clock.now) : '…'}
          </time>
          {overview?.clock.live && (
            <span class="badge" data-testid="clock-live" title="The virtual clock moves on with wall time as well as when advanced">
              running
            </span>
          )}
          {ADVANCES.map((a) => (
            <button key={a.by} type="button" data-testid={a.testid} aria-label={a.label} title={story.running ? 'A story is running: it moves the clock itself' : undefined} disabled={!overview || advance.busy || story.running} onClick={() => void advance.run(a.by)}>
              {a.text}
            </button>
          ))}
        </div>
        <button
          type="button"
          class={overview?.chaos ? 'chaos on' : 'chaos'}
          data-testid="chaos-toggle"
          aria-pressed={overview?.chaos ?? false}
          aria-label="Chaos fault profile: delivery retries, duplicates and delays"
          disabled={!overview || chaos.busy}
          onClick={() => void chaos.run(!overview?.chaos)}
        >
          Chaos: {overview?.chaos ? 'on' : 'off'}
        </button>
      </div>
      {failed && (
        <p class="error" role="alert" data-testid="header-error">
          {failed}
        </p>
      )}
      <Stories stories={stories} run={story} />
    </header>
  );
}
