/** The guided stories: one button each, and each step's progress as the server reports it (SSE `story`). */
import { useState } from 'preact/hooks';
import type { StoryInfo, StoryProgress } from '../api-types.js';
import { api } from './api.js';
import { useLiveEvent } from './live.js';
import { useAction } from './use-action.js';

type Progress = Record<string, Record<number, StoryProgress>>;

function StorySteps({ story, progress }: { story: StoryInfo; progress: Record<number, StoryProgress> }) {
  return (
    <ol class="story-steps" data-testid={`story-steps-${story.id}`}>
      {story.steps.map((step, i) => {
        const p = progress[i];
        return (
          <li key={i} class={`step ${p?.state ?? 'pending'}`} data-testid={`story-step-${story.id}-${i}`} data-state={p?.state ?? 'pending'}>
            <span class="step-title">{step}</span>
            {p && <span class="step-text">{p.text}</span>}
          </li>
        );
      })}
    </ol>
  );
}

export function Stories({ stories }: { stories: StoryInfo[] }) {
  const [progress, setProgress] = useState<Progress>({});
  const [shown, setShown] = useState<string>();
  // the story this page set off: its buttons stay off from the click until its last step lands
  const [started, setStarted] = useState<string>();
  useLiveEvent((event) => {
    if (event.type !== 'story') return;
    const p = event.progress;
    setProgress((all) => ({ ...all, [p.id]: { ...all[p.id], [p.step]: p } }));
    setShown(p.id);
  });
  const run = useAction(async (id: string) => {
    setProgress((all) => ({ ...all, [id]: {} }));
    setShown(id);
    setStarted(id);
    // the server answers at once (202); the steps come as `story` events
    await api.runStory(id).catch((e: unknown) => {
      setStarted(undefined);
      throw e;
    });
  });
  const story = stories.find((s) => s.id === shown);
  const steps = story ? (progress[story.id] ?? {}) : {};
  const states = Object.values(steps);
  const ended = states.some((p) => p.state === 'failed') || (story !== undefined && steps[story.steps.length - 1]?.state === 'done');
  const running = run.busy || (story !== undefined && (started === story.id || states.length > 0) && !ended);
  const failed = states.some((p) => p.state === 'failed') || run.error !== undefined;
  const status = running ? 'running' : failed ? 'failed' : ended ? 'done' : undefined;
  return (
    <section class="stories" aria-label="Guided stories">
      <div class="story-buttons">
        <span class="stories-label">Stories</span>
        {stories.map((s) => (
          <button key={s.id} type="button" data-testid={`story-run-${s.id}`} aria-label={`Run the story: ${s.title}`} disabled={running} onClick={() => void run.run(s.id)}>
            ▶ {s.title}
          </button>
        ))}
        {status && (
          <span class={`badge story-${status}`} data-testid="story-state" data-state={status}>
            {status === 'running' ? 'running…' : status}
          </span>
        )}
      </div>
      {run.error && (
        <p class="error" role="alert" data-testid="story-error">
          {run.error}
        </p>
      )}
      {story && <StorySteps story={story} progress={steps} />}
    </section>
  );
}
