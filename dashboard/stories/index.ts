import type { StoryInfo, StoryProgress } from '../api-types.js';
import { chargebeePlanStory } from './chargebee-plan.js';
import type { Story, StorySims } from './story.js';
import { zuoraAccountStory } from './zuora-account.js';
import { zuoraUsageStory } from './zuora-usage.js';

export type { StorySims } from './story.js';

const STORIES: Story[] = [zuoraAccountStory, chargebeePlanStory, zuoraUsageStory];

/** The guided stories: what each does, and running one step by step. */
export interface Stories {
  list(): StoryInfo[];
  /**
   * Run a story, telling `onProgress` of each step as it starts ('running') and as it lands
   * ('done', with what landed) or fails ('failed', with why: the story stops there). Once
   * `signal` is aborted the story stops before its next step ('failed', saying so). Resolves when
   * the story ends either way; rejects for an unknown story. One at a time: two would move the
   * same clock under each other, and the caller (the dashboard's server) runs no second one.
   */
  run(id: string, onProgress: (p: StoryProgress) => void, signal?: AbortSignal): Promise<void>;
}

/**
 * The guided stories of the dashboard, acting on the sandbox only through the simulators'
 * operations and the kit's clock, so the subscribed connector does its flows as it would for any
 * client.
 */
export function createStories(sims: StorySims): Stories {
  let runs = 0;
  return {
    list: () => STORIES.map((s) => ({ id: s.id, title: s.title, steps: s.steps.map((step) => step.title) })),
    async run(id, onProgress, signal) {
      const story = STORIES.find((s) => s.id === id);
      if (!story) throw new Error(`no story '${id}'; the stories are ${STORIES.map((s) => s.id).join(', ')}`);
      const run = story.start(++runs, sims);
      for (const [step, { title, run: act }] of story.steps.entries()) {
        if (signal?.aborted) {
          onProgress({ id, step, state: 'failed', text: `stopped before "${title}": ${String(signal.reason ?? 'the story was stopped')}` });
          return;
        }
        onProgress({ id, step, state: 'running', text: title });
        try {
          onProgress({ id, step, state: 'done', text: await act(run) });
        } catch (e) {
          onProgress({ id, step, state: 'failed', text: (e as Error).message });
          return;
        }
      }
    },
  };
}
