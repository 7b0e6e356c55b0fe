import type { FaultPlanInput } from '../../simulators/kit/faults.js';
import { STIFF_PROFILE } from '../../simulators/kit/fault-profiles.js';
import type { InProcessWorld } from './in-process-world.js';
import type { LoadedScenario } from './load.js';
import { runScenario, type RunOptions, type ScenarioCheckpoint } from './run.js';
import { referenceWorld } from './suite.js';
import { VENDORS } from './vendors.js';

const NO_FAULTS: FaultPlanInput = { requests: [], deliveries: [] };

/** Long enough for every vendor's redeliveries to run their course (Chargebee's last is two days on). */
const SETTLE_FOR = 'P3D';
// reconciliation passes at most: each fails with the chance that one of its calls runs out of tries
const RECONCILE_PASSES = 5;

type Row = Record<string, unknown>;

async function rows(world: InProcessWorld, vendor: (typeof VENDORS)[number], operationId: string, path: string, query: Record<string, string> = {}): Promise<Row[]> {
  const res = await world.sim(vendor).call(operationId, { query });
  // one page holds every record a chaos run makes; a longer list must not be compared in part
  const more = res.body?.nextToken ?? res.body?.nextPage ?? res.body?.next_offset;
  if (more) throw new Error(`${vendor} ${operationId} has more than one page of records; the chaos comparison reads a single page`);
  const list = path.split('.').reduce<unknown>((at, key) => (at as Row | undefined)?.[key], res.body);
  return Array.isArray(list) ? (list as Row[]) : [];
}

const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
const sorted = (list: unknown[]) => list.map((x) => JSON.stringify(x)).sort();

/**
 * Each account's feature credits, by account and feature name: what it holds now and every entry
 * granted (its window, amounts and status), so credits granted twice for one payment show.
 */
async function featureCredits(world: InProcessWorld, accounts: Row[]): Promise<Record<string, string[]>> {
  const features = await rows(world, 'togai', 'getFeatures', 'data', { pageSize: '50' });
  const held: unknown[] = [];
  const entries: unknown[] = [];
  for (const a of accounts) {
    for (const f of features) {
      const params = { account_id: String(a.id), feature_id: String(f.id) };
      const where = { account: a.name, feature: f.name };
      const balance = await world.sim('togai').call('getFeatureCredits', { params });
      if (balance.body?.granted || balance.body?.balance) held.push({ ...where, ...pick(balance.body as Row, ['granted', 'balance']) });
      const list = await world.sim('togai').call('listFeatureCreditEntries', { params, query: { pageSize: '50' } });
      if (list.body?.nextToken) throw new Error('togai listFeatureCreditEntries has more than one page of records; the chaos comparison reads a single page');
      // windows by day: a webhook held back a minute starts the plan, and its credits, a minute later
      for (const e of (list.body?.data ?? []) as Row[]) {
        entries.push({ ...where, ...pick(e, ['source', 'status', 'granted', 'used']), from: String(e.effectiveFrom).slice(0, 10), until: String(e.effectiveUntil).slice(0, 10) });
      }
    }
  }
  return { togaiFeatureCredits: sorted(held), togaiFeatureCreditEntries: sorted(entries) };
}

/**
 * What a sync leaves in the three systems, without the IDs a vendor draws at random (which
 * extra token fetches or retried reads may shift): every record of each kind with its business
 * fields, amounts, periods and links (which customer a Togai account belongs to, which price
 * plan it is billed on, which Togai account a Zuora account is linked to). Two runs with the
 * same end state give the same value.
 */
export async function businessState(world: InProcessWorld): Promise<Record<string, string[]>> {
  const page = { pageSize: '50' };
  const customers = await rows(world, 'togai', 'getCustomers', 'data', page);
  const accounts = await rows(world, 'togai', 'getAccounts', 'data', page);
  const names = new Map(accounts.map((a) => [String(a.id), a.name]));
  const customerNames = new Map(customers.map((c) => [String(c.id), c.name]));
  const settings = await rows(world, 'togai', 'listSetting', 'data', page);
  const togaiInvoices = await rows(world, 'togai', 'listInvoices', 'data', page);
  return {
    ...(await featureCredits(world, accounts)),
    togaiCustomers: sorted(customers.map((c) => pick(c, ['name', 'primaryEmail']))),
    // which customer each account belongs to, by name: an account made under the wrong one shows
    togaiAccounts: sorted(accounts.map((a) => ({ ...pick(a, ['name', 'invoiceCurrency', 'status']), customer: customerNames.get(String(a.customerId)) ?? null }))),
    togaiSettings: sorted(settings.map((s) => ({ ...pick(s, ['entityType', 'namespace', 'id']), account: names.get(String(s.entityId)) ?? null }))),
    // the plan each invoice bills, so a plan linked twice, or not at all, shows; the owner is the account
    togaiInvoices: sorted(togaiInvoices.map((i) => ({ ...pick(i, ['status', 'pricePlanId', 'totalAmount']), account: names.get(String(i.ownerId)) ?? null }))),
    zuoraAccounts: sorted((await rows(world, 'zuora', 'queryAccounts', 'data', page)).map((a) => ({ ...pick(a, ['name', 'currency']), linkedTo: names.get(String(a.TogaiAccountId__c)) ?? a.TogaiAccountId__c ?? null }))),
    zuoraInvoices: sorted((await rows(world, 'zuora', 'queryInvoices', 'data', page)).map((i) => pick(i, ['amount', 'status', 'invoiceDate']))),
    zuoraUsage: sorted((await rows(world, 'zuora', 'queryUsages', 'data', page)).map((u) => pick(u, ['quantity', 'uOM', 'startDateTime', 'endDateTime', 'UnitAmount__c']))),
    chargebeeCustomers: sorted((await rows(world, 'chargebee', 'listCustomers', 'list', { limit: '100' })).map((r) => pick(r.customer as Row, ['email', 'preferred_currency_code', 'company']))),
    chargebeeInvoices: sorted((await rows(world, 'chargebee', 'listInvoices', 'list', { limit: '100' })).map((r) => pick(r.invoice as Row, ['total', 'status', 'currency_code']))),
  };
}

/** The lines where two states differ, for a message: each record missing or extra, as many times as it is. */
export function stateDiff(expected: Record<string, string[]>, found: Record<string, string[]>): string[] {
  const tally = (list: string[]) => list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  return Object.keys(expected).flatMap((key) => {
    const want = tally(expected[key]!);
    const got = tally(found[key] ?? []);
    const lines: string[] = [];
    for (const value of new Set([...want.keys(), ...got.keys()])) {
      const difference = (got.get(value) ?? 0) - (want.get(value) ?? 0);
      if (difference < 0) lines.push(`${key}: missing ${-difference} x ${value}`);
      if (difference > 0) lines.push(`${key}: ${difference} extra x ${value}`);
    }
    return lines;
  });
}

/** The connector's reconciliation, again while the faults make a pass fail (as its timer would). */
async function reconcileUntilClean(world: InProcessWorld): Promise<void> {
  for (let pass = 1; pass <= RECONCILE_PASSES; pass++) {
    try {
      if ((await world.connector.reconcile()).failures.length === 0) break;
    } catch (e) {
      if (pass === RECONCILE_PASSES) throw e;
    }
    await world.sandbox.settle();
  }
  await world.sandbox.settle();
}

/** Run a scenario's steps (not its expectations), let every redelivery run its course, reconcile, and read the end state. */
async function endState(world: InProcessWorld, scenario: LoadedScenario, options: RunOptions): Promise<{ state?: Record<string, string[]>; problem?: string; decisions: number }> {
  const result = await runScenario(scenario, world, { ...options, skipExpectations: true });
  if (!result.passed) return { problem: `${result.failure!.expectation}: ${result.failure!.found.join('; ')}`, decisions: world.sandbox.faults.decisions.length };
  await world.sandbox.clock.advanceBy(SETTLE_FOR);
  await reconcileUntilClean(world);
  return { state: await businessState(world), decisions: world.sandbox.faults.decisions.length };
}

/** A world made by `make`, closed after `use`. */
async function within<T>(make: () => InProcessWorld, use: (world: InProcessWorld) => Promise<T>): Promise<T> {
  const world = make();
  try {
    return await use(world);
  } finally {
    await world.close();
  }
}

export interface ChaosRun {
  seed: number;
  converged: boolean;
  /** How many faults the seed's plan injected. */
  faults: number;
  differences: string[];
}

/**
 * The scenario's end state without faults, then under `profile` once per seed: each must be the
 * same. The seeds share one world of `worldFor`'s: the first runs `given` and keeps a checkpoint
 * of the sandbox before its faults are set, and every later seed starts from that checkpoint,
 * restored in place (with a fresh connector instance in a test's world: beforeFork), instead of
 * playing `given` again. What a world keeps outside its sandbox and connector (msw handlers a test
 * put in front, with their counts) carries from seed to seed; a world whose sandbox cannot be
 * saved gets a fresh world per seed.
 */
export async function runChaos(
  scenario: LoadedScenario,
  seeds: number[],
  profile: FaultPlanInput = STIFF_PROFILE,
  worldFor: (s: LoadedScenario) => InProcessWorld = referenceWorld,
): Promise<ChaosRun[]> {
  const baseline = await within(() => referenceWorld(scenario), (world) => endState(world, scenario, { faults: NO_FAULTS }));
  if (!baseline.state) throw new Error(`${scenario.name} does not run without faults: ${baseline.problem}`);
  return within(
    () => worldFor(scenario),
    async (world) => {
      let start: ScenarioCheckpoint | undefined;
      const runs: ChaosRun[] = [];
      for (const [i, seed] of seeds.entries()) {
        const faults = { ...profile, seed };
        const forked = async () => {
          await world.beforeFork();
          return endState(world, scenario, { faults, resume: start });
        };
        const run =
          i === 0
            ? await endState(world, scenario, { faults, checkpoint: { at: 0, keep: (c) => (start = c) } })
            : start
              ? await forked()
              : await within(() => worldFor(scenario), (fresh) => endState(fresh, scenario, { faults }));
        const differences = run.state ? stateDiff(baseline.state!, run.state) : [`the steps did not run: ${run.problem}`];
        runs.push({ seed, converged: differences.length === 0, faults: run.decisions, differences });
      }
      return runs;
    },
  );
}
