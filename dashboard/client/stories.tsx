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

/** The story the page follows: its steps so far, and whether one is running, as the `story` events tell (whoever set it off). */
export interface StoryRun {
  progress: Progress;
  shown?: string;
  running: boolean;
  status?: 'running' | 'failed' | 'done';
  error?: string;
  start(id: string): void;
}

/** Shared by the header, whose clock buttons wait while a story runs (the server refuses them, 409), and the story panel. */
export function useStoryRun(stories: StoryInfo[]): StoryRun {
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
  const states = Object.values(story ? (progress[story.id] ?? {}) : {});
  const ended = states.some((p) => p.state === 'failed') || (story !== undefined && progress[story.id]?.[story.steps.length - 1]?.state === 'done');
  const running = run.busy || (story !== undefined && (started === story.id || states.length > 0) && !ended);
  const failed = states.some((p) => p.state === 'failed') || run.error !== undefined;
  const status = running ? 'running' : failed ? 'failed' : ended ? 'done' : undefined;
  return { progress, shown, running, status, error: run.error, start: (id) => void run.run(id) };
}

export function Stories({ stories, run }: { stories: StoryInfo[]; run: StoryRun }) {
  const story = stories.find((s) => s.id === run.shown);
  return (
    <section class="stories" aria-label="Guided stories">
      <div class="story-buttons">
        <span class="stories-label">Stories</span>
        {stories.map((s) => (
          <button key={s.id} type="button" data-testid={`story-run-${s.id}`} aria-label={`Run the story: ${s.title}`} disabled={run.running} onClick={() => run.start(s.id)}>
            ▶ {s.title}
          </button>
        ))}
        {run.status && (
          <span class={`badge story-${run.status}`} data-testid="story-state" data-state={run.status}>
            {run.status === 'running' ? 'running…' : run.status}
          </span>
        )}
      </div>
      {run.error && (
        <p class="error" role="alert" data-testid="story-error">
          {run.error}
        </p>
      )}
      {story && <StorySteps story={story} progress={run.progress[story.id] ?? {}} />}
    </section>
  );
}
