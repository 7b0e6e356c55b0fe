import type { Sandbox } from '../../simulators/kit/sandbox.js';
import type { Simulator } from '../../simulators/kit/simulator.js';
import type { Vendor } from '../api-types.js';

/** What a story acts through: the three simulators' operations (trusted, in-process calls) and the kit's clock and outbox. */
export interface StorySims {
  togai: Simulator<any>;
  zuora: Simulator<any>;
  chargebee: Simulator<any>;
  kit: Sandbox;
}

/** One named step: does its part, and answers what landed (ids, amounts) in one line. */
export interface Step<R> {
  title: string;
  run(run: R): Promise<string>;
}

/** A guided story: its steps, acting on a record `start` makes afresh for each run (new ids, what steps found). */
export interface Story<R = any> {
  id: string;
  title: string;
  start(n: number, sims: StorySims): R;
  steps: Step<R>[];
}

/** A step that cannot go on, and why, in words the person watching can act on. */
export class StoryStepError extends Error {
  override name = 'StoryStepError';
}

type Input = { params?: Record<string, string>; query?: Record<string, string | string[]>; body?: unknown };

/**
 * Call an operation and answer its body; a refusal throws with the vendor's answer. Zuora
 * refuses some requests with HTTP 200 and `success: false` (`Success: false` on /v1/object).
 */
export async function call(sims: StorySims, vendor: Vendor, operationId: string, input: Input = {}): Promise<any> {
  const res = await sims[vendor].call(operationId, input);
  const body = res.body as { success?: boolean; Success?: boolean } | undefined;
  if (res.status >= 300 || body?.success === false || body?.Success === false) {
    throw new StoryStepError(`${vendor} ${operationId} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return res.body;
}

/** Like call, but a 404 answers undefined: the record is not there (yet). */
export async function find(sims: StorySims, vendor: Vendor, operationId: string, input: Input = {}): Promise<any> {
  const res = await sims[vendor].call(operationId, input);
  if (res.status === 404) return undefined;
  if (res.status >= 300) throw new StoryStepError(`${vendor} ${operationId} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

// a delivery refused or held back by a fault is retried on the vendor's schedule, within hours of virtual time
const WAIT_HOURS = 6;

/**
 * What `look` finds once the deliveries set off so far are answered. Not there yet (a fault held
 * a delivery back, or its receiver failed and the vendor retries later): the clock moves on an
 * hour at a time, up to WAIT_HOURS, for the retries to land; then the step fails saying what is missing.
 */
export async function eventually<T>(sims: StorySims, what: string, look: () => Promise<T | undefined>): Promise<T> {
  for (let hour = 0; ; hour++) {
    await sims.kit.settle();
    const found = await look();
    if (found !== undefined) return found;
    if (hour === WAIT_HOURS) throw new StoryStepError(`${what}: not there after ${WAIT_HOURS} hours of virtual time; see the timeline for the deliveries and what the connector answered`);
    await sims.kit.clock.advanceBy('PT1H');
  }
}

/** A setting's value among a Togai entity's settings. */
export function settingOf(settings: { namespace?: string; id?: string; value?: string }[] | undefined, namespace: string, id: string): string | undefined {
  return settings?.find((s) => s.namespace === namespace && s.id === id)?.value;
}

/** Togai's invoice answer carries no currency; the demo accounts the stories act on invoice in USD. */
export const TOGAI_CURRENCY = 'USD';

/** Move the clock to just past `iso` (a billing cycle's end), firing what falls due, and wait for the deliveries. */
export async function advancePast(sims: StorySims, iso: string): Promise<void> {
  await sims.kit.clock.advanceTo(Date.parse(iso) + 60_000);
  await sims.kit.settle();
}
