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
   * ('done', with what landed) or fails ('failed', with why: the story stops there). Resolves
   * when the story ends either way; rejects for an unknown story or while another one runs.
   */
  run(id: string, onProgress: (p: StoryProgress) => void): Promise<void>;
}

/**
 * The guided stories of the dashboard, acting on the sandbox only through the simulators'
 * operations and the kit's clock, so the subscribed connector does its flows as it would for any
 * client. One story runs at a time: two would move the same clock under each other.
 */
export function createStories(sims: StorySims): Stories {
  let runs = 0;
  let running: string | undefined;
  return {
    list: () => STORIES.map((s) => ({ id: s.id, title: s.title, steps: s.steps.map((step) => step.title) })),
    async run(id, onProgress) {
      const story = STORIES.find((s) => s.id === id);
      if (!story) throw new Error(`no story '${id}'; the stories are ${STORIES.map((s) => s.id).join(', ')}`);
      if (running) throw new Error(`story '${running}' is running; wait for it to end`);
      running = id;
      try {
        const run = story.start(++runs, sims);
        for (const [step, { title, run: act }] of story.steps.entries()) {
          onProgress({ id, step, state: 'running', text: title });
          try {
            onProgress({ id, step, state: 'done', text: await act(run) });
          } catch (e) {
            onProgress({ id, step, state: 'failed', text: (e as Error).message });
            return;
          }
        }
      } finally {
        running = undefined;
      }
    },
  };
}
