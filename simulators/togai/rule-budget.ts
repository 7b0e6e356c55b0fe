import jsonLogic from 'json-logic-js';

/**
 * Every JSON Logic rule a client saves (usage meter matchers and computations, JSON_LOGIC
 * enrichments) runs under a step budget, so no rule can hold the process for long: a few
 * nested `map`s over literal arrays, or a `reduce` that doubles a list, otherwise take minutes
 * or all memory per event, within the 1,500 characters and 32 levels rule-check.ts allows.
 *
 * The steps are counted where json-logic-js does its work: it evaluates every operation, operand
 * and array element, and each item map/filter/reduce/all/some/none visit, through its exported
 * `apply` (it recurses through `jsonLogic.apply`, not a private function). That property is
 * wrapped once, here; every other cost of an operation (merge, cat, comparisons that join an
 * array) is linear in the values the calls before it gave, so each call also pays for the size
 * of the value it gives back. Counting what the library actually does, rather than a bound worked
 * out from the rule's text, needs no model of each operator and also covers rules whose cost
 * depends on the event (a branch taken only for some dimension value).
 */

/** At most this many steps in one evaluation of one rule on one event. */
export const RULE_STEP_BUDGET = 10_000;
/** A value a step gives back costs one more step per array element (nested arrays counted through) and per this many characters of text. */
export const RULE_CHARS_PER_STEP = 64;

/** An evaluation stopped at the budget; says which rule when the caller named it. */
export class RuleBudgetExceeded extends Error {}

type Apply = (logic: unknown, data: unknown) => unknown;

interface StepMeter {
  /** Steps left in the evaluation under way; only counted while `counting`. */
  left: number;
  counting: boolean;
  /** Set when the evaluation under way ran out of steps (an error class would differ between copies of this module). */
  exceeded: boolean;
}

// one meter per process, found again by a later copy of this module (tests load modules afresh
// while json-logic-js, a dependency, is loaded once), so apply is never wrapped twice
const METER = Symbol.for('billing-sim.togai.json-logic-steps');

/** The size a value costs: array elements through nested arrays, text by RULE_CHARS_PER_STEP; stops counting past `cap`. */
function sizeOf(value: unknown, cap: number): number {
  if (typeof value === 'string') return Math.floor(value.length / RULE_CHARS_PER_STEP);
  if (!Array.isArray(value)) return 0;
  let size = 0;
  // arrays built by a rule can share parts and nest deeply: walk with a stack, never past the cap
  const pending: unknown[][] = [value];
  while (pending.length > 0 && size <= cap) {
    const array = pending.pop()!;
    size += array.length;
    for (const v of array) {
      if (size > cap) break;
      if (Array.isArray(v)) pending.push(v);
      else if (typeof v === 'string') size += Math.floor(v.length / RULE_CHARS_PER_STEP);
    }
  }
  return size;
}

function spend(meter: StepMeter, steps: number): void {
  meter.left -= steps;
  if (meter.left < 0) {
    meter.exceeded = true;
    throw new Error(`needs more than ${RULE_STEP_BUDGET} JSON Logic steps`);
  }
}

function installMeter(): StepMeter {
  const current = jsonLogic.apply as Apply & { [METER]?: StepMeter };
  const found = current[METER];
  if (found) return found;
  const meter: StepMeter = { left: 0, counting: false, exceeded: false };
  const counted: Apply & { [METER]?: StepMeter } = (logic, data) => {
    if (!meter.counting) return current(logic, data);
    spend(meter, 1);
    const result = current(logic, data);
    spend(meter, sizeOf(result, meter.left));
    return result;
  };
  counted[METER] = meter;
  (jsonLogic as unknown as { apply: Apply }).apply = counted;
  return meter;
}

const meter = installMeter();
// json-logic-js's `log` prints its value to the console; a client's rule must not write into the
// sandbox's output (thousands of lines per event within the budget), so it only passes it on
jsonLogic.add_operation('log', (value: unknown) => value);

/**
 * Evaluate `rule` on `data` within RULE_STEP_BUDGET steps. Throws RuleBudgetExceeded, naming the
 * rule as `what`, when it needs more; any other error the rule raises passes through.
 */
export function evaluate(rule: unknown, data: object, what: string): unknown {
  meter.left = RULE_STEP_BUDGET;
  meter.exceeded = false;
  meter.counting = true;
  try {
    return jsonLogic.apply(rule as jsonLogic.RulesLogic, data);
  } catch (err) {
    if (meter.exceeded) {
      throw new RuleBudgetExceeded(`${what} needs more than ${RULE_STEP_BUDGET} JSON Logic steps on this event, the budget of one evaluation`);
    }
    throw err;
  } finally {
    meter.counting = false;
  }
}

/**
 * The steps evaluating `rule` on `data` takes, or undefined when it needs more than the budget.
 * A rule that fails on `data` (json-logic-js throws) counts the steps taken until it failed.
 */
export function stepsOn(rule: unknown, data: object): number | undefined {
  try {
    evaluate(rule, data, 'the rule');
  } catch (err) {
    if (err instanceof RuleBudgetExceeded) return undefined;
  }
  return RULE_STEP_BUDGET - meter.left;
}
