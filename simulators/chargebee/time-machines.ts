import type { ChargebeeHandlers } from './operations.js';
import { blank, invalidState, notFound, wrongValue } from './errors.js';
import { nowSec, type ChargebeeContext } from './state.js';

/** A test site has one time machine, and Chargebee names it delorean. */
const TIME_MACHINE = 'delorean';
// a guard, not a Chargebee rule: every renewal on the way is run, so centuries would take hours
const MAX_TRAVEL_S = 10 * 366 * 24 * 3600;

function checkName(name: string): void {
  if (name !== TIME_MACHINE) throw notFound('Time machine', name);
}

/** The site's time is the sandbox's: one clock for every simulator in it. */
function view(ctx: ChargebeeContext): Record<string, unknown> {
  const tm = ctx.state.timeMachine;
  const out: Record<string, unknown> = {
    name: TIME_MACHINE,
    object: 'time_machine',
    time_travel_status: tm.status,
    genesis_time: tm.genesisTime,
    destination_time: nowSec(ctx),
  };
  if (tm.failureReason) out.failure_reason = tm.failureReason;
  return out;
}

export const timeMachineHandlers = {
  retrieveTimeMachine(req, ctx) {
    checkName(req.params['time-machine-name']!);
    return { status: 200, body: { time_machine: view(ctx) } };
  },

  /**
   * Move the sandbox clock to destination_time, running everything due on the way (renewals,
   * trial ends, webhook retries, other simulators' jobs), and answer once it all has settled.
   */
  async travelForwardTimeMachine(req, ctx) {
    checkName(req.params['time-machine-name']!);
    const tm = ctx.state.timeMachine;
    const destination = req.body?.destination_time;
    if (destination === undefined) throw blank('destination_time');
    if (tm.status === 'in_progress') throw invalidState('A time travel is already in progress; retrieve the time machine until it has succeeded');
    const now = nowSec(ctx);
    if (destination <= now) throw wrongValue('destination_time', `must be later than the time machine's current time, ${now}`);
    if (destination - now > MAX_TRAVEL_S) throw wrongValue('destination_time', 'must be within 10 years of the current time; travel further in several steps');
    tm.status = 'in_progress';
    delete tm.failureReason;
    try {
      await ctx.sandbox.clock.advanceTo(destination * 1000);
      await ctx.sandbox.settle();
      tm.status = 'succeeded';
    } catch (e) {
      tm.status = 'failed';
      tm.failureReason = (e as Error).message;
    }
    return { status: 200, body: { time_machine: view(ctx) } };
  },
} satisfies Partial<ChargebeeHandlers>;
