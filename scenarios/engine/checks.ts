import type { Delivery } from '../../simulators/kit/outbox.js';
import type { Variables } from './interpolate.js';
import { pathValue } from './interpolate.js';
import { mismatches, show } from './matchers.js';
import type { Check, DeliveriesCheck, ReadCheck, RequestsCheck } from './schema.js';
import type { World } from './world.js';

/** What one check found: nothing wrong, or each way it differs from what was expected. */
export interface CheckOutcome {
  expectation: string;
  problems: string[];
}

/** A delivery as a scenario sees it: its body parsed. */
export function deliveryView(d: Delivery) {
  let body: unknown = d.body;
  try {
    body = JSON.parse(d.body);
  } catch {
    // a body that is not JSON is matched as text
  }
  return { id: d.id, eventType: d.eventType, state: d.state, attempts: d.attempts.length, duplicateOf: d.duplicateOf, body };
}

/** Take `capture: {name: path}` values from a response, e.g. `body.accountId`. */
export function capture(vars: Variables, captures: Record<string, string> | undefined, response: { status: number; body: unknown }): string[] {
  const problems: string[] = [];
  for (const [name, path] of Object.entries(captures ?? {})) {
    const value = pathValue(response, path.split('.'));
    if (value === undefined) problems.push(`capture ${name}: the response has no ${path} (it was ${show(response.body)})`);
    else vars.set(name, value);
  }
  return problems;
}

async function readCheck(world: World, vars: Variables, check: ReadCheck): Promise<CheckOutcome> {
  const call = vars.resolve(check.read);
  const expectation = `${call.vendor} ${call.operation}${call.params ? ` ${show(call.params)}` : ''}`;
  const res = await world.sim(call.vendor).call(call.operation, { params: call.params, query: call.query, body: call.body });
  const wantedStatus = check.status ?? 200;
  if (res.status !== wantedStatus) return { expectation, problems: [`status: expected ${wantedStatus}, found ${res.status}: ${show(res.body)}`] };
  const problems = check.body === undefined ? [] : mismatches(vars.resolve(check.body), res.body, 'body');
  if (problems.length === 0) problems.push(...capture(vars, check.capture, res));
  return { expectation, problems };
}

function deliveriesCheck(world: World, vars: Variables, check: DeliveriesCheck): CheckOutcome {
  const want = check.deliveries;
  const found = world.sandbox.outbox
    .list(want.source)
    .filter((d) => (!want.eventType || d.eventType === want.eventType) && (!want.state || d.state === want.state))
    .map(deliveryView);
  const expectation = `${want.source} deliveries${want.eventType ? ` of ${want.eventType}` : ''}${want.state ? ` ${want.state}` : ''}`;
  const problems = [
    ...(check.count === undefined ? [] : mismatches(vars.resolve(check.count), found.length, 'count')),
    ...(check.match === undefined ? [] : mismatches(vars.resolve(check.match), found, 'deliveries')),
  ];
  return { expectation, problems };
}

function requestsCheck(world: World, vars: Variables, check: RequestsCheck): CheckOutcome {
  const want = check.requests;
  const found = world
    .sim(want.vendor)
    .log.list()
    .requests.filter((r) => !r.byHarness && (!want.operation || r.operationId === want.operation) && (want.status === undefined || r.status === want.status));
  const expectation = `${want.vendor} requests${want.operation ? ` to ${want.operation}` : ''}${want.status === undefined ? '' : ` answered ${want.status}`}`;
  return { expectation, problems: check.count === undefined ? [] : mismatches(vars.resolve(check.count), found.length, 'count') };
}

export function runCheck(world: World, vars: Variables, check: Check): Promise<CheckOutcome> | CheckOutcome {
  if ('read' in check) return readCheck(world, vars, check);
  if ('deliveries' in check) return deliveriesCheck(world, vars, check);
  return requestsCheck(world, vars, check);
}
