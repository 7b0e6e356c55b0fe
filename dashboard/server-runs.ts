/**
 * What the dashboard runs on the page's behalf: one guided story and one scenario at a time (two
 * stories would move the same clock under each other; a scenario is a whole sandbox and connector
 * of its own), and nothing left running once the dashboard has closed.
 */
import { DashboardError } from './server-records.js';

/**
 * How long close() waits for what is running: the story's step under way (the story stops before
 * its next one) and a scenario (which cannot be stopped midway). Past it the dashboard closes
 * anyway; it is below the live sandbox's shutdown grace, so that still ends in time.
 */
export const CLOSE_WAIT_MS = 5_000;

export class Runs {
  private story: { id: string; stop: AbortController; done: Promise<void> } | undefined;
  private scenario: { file: string; done: Promise<unknown> } | undefined;
  private closing = false;

  /** The story running now, if one is. */
  get storyRunning(): string | undefined {
    return this.story?.id;
  }

  /** A 409 while a story runs: `what` would move the clock under it. */
  refuseDuringStory(what: string): void {
    if (this.story) throw new DashboardError(409, `The story '${this.story.id}' is running and moves the clock itself: ${what} once it is done`);
  }

  /** Start `run` as the one story running; it goes on after this returns. `run` tells its own failures, it never rejects. */
  startStory(id: string, run: (signal: AbortSignal) => Promise<void>): void {
    this.refuseWhenClosing();
    if (this.story) throw new DashboardError(409, `The story '${this.story.id}' is still running; run '${id}' once it is done`);
    const stop = new AbortController();
    const done = run(stop.signal).finally(() => (this.story = undefined));
    this.story = { id, stop, done };
  }

  /** Run `run` as the one scenario running, and answer its result. */
  async runScenario<T>(file: string, run: () => Promise<T>): Promise<T> {
    this.refuseWhenClosing();
    if (this.scenario) throw new DashboardError(409, `The scenario '${this.scenario.file}' is still running; run '${file}' once it is done`);
    const done = run();
    this.scenario = { file, done };
    try {
      return await done;
    } finally {
      this.scenario = undefined;
    }
  }

  /** Start nothing more; stop the story before its next step; wait for what runs, CLOSE_WAIT_MS at most. */
  async close(): Promise<void> {
    this.closing = true;
    this.story?.stop.abort('the dashboard closed');
    const running = [this.story?.done, this.scenario?.done].flatMap((p) => (p ? [p.catch(() => undefined)] : []));
    if (running.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)));
    await Promise.race([Promise.all(running), waited]);
    clearTimeout(timer);
  }

  private refuseWhenClosing(): void {
    if (this.closing) throw new DashboardError(503, 'The dashboard is closing: start the sandbox again to run more');
  }
}
