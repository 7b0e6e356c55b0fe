import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../app/sandbox.js';
import { STIFF_PROFILE } from '../simulators/kit/fault-profiles.js';
import type { FaultPlanInput } from '../simulators/kit/faults.js';
import type { JournalEntry } from '../simulators/kit/journal.js';
import { SNAPSHOT_VERSION, SnapshotRefused, type SandboxSnapshot } from '../simulators/kit/sandbox-snapshot.js';
import { decodeSnapshot, encodeSnapshot, MAX_SNAPSHOT_DEPTH } from '../simulators/kit/snapshot-codec.js';
import { loadScenario, parseScenario } from '../scenarios/engine/load.js';
import { runScenario, type ScenarioCheckpoint } from '../scenarios/engine/run.js';
import { referenceWorld, runAll, SCENARIO_DIR, scenarioFiles } from '../scenarios/engine/suite.js';

/** As a file would carry it: nothing but JSON. */
const throughFile = (snapshot: SandboxSnapshot): SandboxSnapshot => JSON.parse(JSON.stringify(snapshot)) as SandboxSnapshot;

// delays hold deliveries as pending, drops make retries, 503s and reorders make the connector retry
const MIXED_FAULTS: FaultPlanInput = {
  seed: 4,
  requests: [{ vendor: 'zuora', fault: { kind: 'error', status: 503 }, probability: 0.3 }],
  deliveries: [
    { source: 'togai', fault: { kind: 'delay', seconds: 3600 }, probability: 0.5 },
    { source: 'togai', fault: { kind: 'drop-then-retry' }, probability: 0.5 },
  ],
};

interface Ending {
  passed: boolean;
  journal: JournalEntry[];
  /** The whole sandbox once every redelivery has had its turn, as a snapshot writes it. */
  end: string;
}

/** Run the scenario on in its world (from `resume` when given) with the journal on, then let three days pass. */
async function playOn(file: string, options: { faults: FaultPlanInput; checkpointAt?: number; resume?: ScenarioCheckpoint }): Promise<Ending & { checkpoint?: ScenarioCheckpoint; pendingAtCheckpoint?: string[] }> {
  const scenario = loadScenario(`${SCENARIO_DIR}/${file}`);
  const world = referenceWorld(scenario);
  try {
    let checkpoint: ScenarioCheckpoint | undefined;
    let pendingAtCheckpoint: string[] | undefined;
    if (options.resume) world.sandbox.journal.start();
    const keep = (c: ScenarioCheckpoint | undefined) => {
      checkpoint = c;
      pendingAtCheckpoint = world.sandbox.clock.pending().map((j) => j.label);
      world.sandbox.journal.start();
    };
    const result = await runScenario(scenario, world, {
      faults: options.faults,
      ...(options.resume ? { resume: { ...options.resume, snapshot: throughFile(options.resume.snapshot) } } : {}),
      ...(options.checkpointAt !== undefined ? { checkpoint: { at: options.checkpointAt, keep } } : {}),
    });
    await world.sandbox.clock.advanceBy('P3D');
    const journal = world.sandbox.journal.stop();
    const end = JSON.stringify((await world.harness.snapshot()).data);
    return { passed: result.passed, journal, end, checkpoint, pendingAtCheckpoint };
  } finally {
    await world.close();
  }
}

describe('the snapshot codec', () => {
  const roundTrip = <T>(value: T): T => decodeSnapshot<T>(JSON.parse(JSON.stringify(encodeSnapshot(value))));

  it('keeps what JSON loses: shared objects and cycles, Maps, Sets, Dates, undefined, non-finite numbers, dictionaries', () => {
    const shared = { id: 'a' };
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const dict = Object.assign(Object.create(null) as Record<string, number>, { constructor: 1 });
    const back = roundTrip({ one: shared, two: [shared], byKey: new Map<unknown, unknown>([[shared, 1]]), set: new Set([1, 'x']), at: new Date(5), gone: undefined, nan: NaN, inf: -Infinity, cyclic, dict });
    expect(back.two[0]).toBe(back.one);
    expect(back.byKey.get(back.one)).toBe(1);
    expect([...back.set]).toEqual([1, 'x']);
    expect(back.at).toEqual(new Date(5));
    expect('gone' in back && back.gone === undefined).toBe(true);
    expect([back.nan, back.inf]).toEqual([NaN, -Infinity]);
    expect(back.cyclic.self).toBe(back.cyclic);
    expect(Object.getPrototypeOf(back.dict)).toBeNull();
    expect(back.dict.constructor).toBe(1);
  });

  it('keeps keys that look like its own tags, and a __proto__ key as a field, not a prototype', () => {
    const tricky = JSON.parse('{"$r": 0, "$$x": 1, "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const back = roundTrip({ tricky });
    expect(Object.keys(back.tricky)).toEqual(['$r', '$$x', '__proto__']);
    expect(Object.getPrototypeOf(back.tricky)).toBe(Object.prototype);
    expect((back.tricky as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('names where it met what it cannot hold', () => {
    expect(() => encodeSnapshot({ meters: [{ rule: () => 1 }] })).toThrow(/\$\.meters\[0\]\.rule is a function/);
    class Unknown {}
    expect(() => encodeSnapshot({ x: new Unknown() })).toThrow(/\$\.x is a Unknown instance, a class no snapshot knows/);
    let deep: unknown = 1;
    for (let i = 0; i < MAX_SNAPSHOT_DEPTH + 5; i++) deep = [deep];
    expect(() => decodeSnapshot(deep)).toThrow(/nests deeper than/);
    expect(() => decodeSnapshot({ a: { $r: 7 } })).toThrow(/refers to object 7 before it is written/);
    // only the sandbox's own named objects: not Object.prototype through `__proto__`
    expect(() => decodeSnapshot({ a: { $x: '__proto__' } }, { outbox: {} })).toThrow(/refers to "__proto__", which this sandbox does not have/);
  });
});

describe('sandbox snapshots', () => {
  it('a sandbox restored mid-scenario plays the same steps to the same journal and the same end state', async () => {
    const file = 'usage-both-modes-two-cycles.yaml';
    // after given; mid-way through the calls; before the first cycle closes; before the second
    for (const at of [0, 4, 9, 12]) {
      const original = await playOn(file, { faults: MIXED_FAULTS, checkpointAt: at });
      expect(original.passed).toBe(true);
      const restored = await playOn(file, { faults: MIXED_FAULTS, resume: original.checkpoint! });
      expect(restored.passed, `resumed at step ${at + 1}`).toBe(true);
      expect(restored.journal, `journal from step ${at + 1} on`).toEqual(original.journal);
      expect(restored.end === original.end, `end state after resuming at step ${at + 1}`).toBe(true);
    }
  });

  it('carries what is still due: open billing cycles, held and retried deliveries, the fault plan part-way through its streams', async () => {
    const file = 'usage-both-modes-two-cycles.yaml';
    // before the first cycle ends, with the invoice's delivery held back a day by a delay
    const faults: FaultPlanInput = { ...MIXED_FAULTS, deliveries: [{ source: 'togai', fault: { kind: 'delay', seconds: 86_400 } }] };
    const original = await playOn(file, { faults, checkpointAt: 9 });
    expect(original.pendingAtCheckpoint).toEqual(expect.arrayContaining([expect.stringMatching(/^togai: close cycle /), expect.stringMatching(/^deliveries due at /)]));
    const restored = await playOn(file, { faults, resume: original.checkpoint! });
    expect(restored.journal.some((e) => e.kind === 'fault')).toBe(true);
    expect(restored.journal).toEqual(original.journal);
    expect(restored.end === original.end).toBe(true);
  });

  it.each(scenarioFiles().map((f) => f.split('/').at(-1)!))('%s: its end state under the stiff profile saves and loads to itself', async (file) => {
    const scenario = loadScenario(`${SCENARIO_DIR}/${file}`);
    const world = referenceWorld(scenario);
    const other = referenceWorld(scenario);
    try {
      await runScenario(scenario, world, { faults: { ...STIFF_PROFILE, seed: 3 } });
      const saved = await world.harness.snapshot();
      await other.harness.restore(throughFile(saved));
      expect(JSON.stringify(await other.harness.snapshot())).toBe(JSON.stringify(saved));
    } finally {
      await world.close();
      await other.close();
    }
  });

  describe('refuses a snapshot that does not fit, whole, leaving the sandbox as it was', () => {
    const refusal = async (change: (s: SandboxSnapshot) => unknown, seed = 1): Promise<string> => {
      const source = createSandbox({ seed: 1 });
      const target = createSandbox({ seed });
      try {
        await source.togai.call('createCustomer', { body: { id: 'c-1', name: 'Saved', primaryEmail: 'saved@example.com', address: {}, account: { id: 'a-1', name: 'Saved', invoiceCurrency: 'USD' } } });
        const snapshot = await source.snapshot();
        await target.togai.call('createCustomer', { body: { id: 'c-2', name: 'Kept', primaryEmail: 'kept@example.com', address: {}, account: { id: 'a-2', name: 'Kept', invoiceCurrency: 'USD' } } });
        const error = await target.restore(change(throughFile(snapshot))).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(SnapshotRefused);
        expect((await target.togai.call('getCustomer', { params: { customer_id: 'c-2' } })).status).toBe(200);
        expect((await target.togai.call('getCustomer', { params: { customer_id: 'c-1' } })).status).toBe(404);
        return (error as Error).message;
      } finally {
        await source.close();
        await target.close();
      }
    };

    it('from another format version, naming the version this harness reads', async () => {
      expect(await refusal((s) => ({ ...s, version: SNAPSHOT_VERSION - 1 }))).toMatch(new RegExp(`version ${SNAPSHOT_VERSION - 1} cannot be loaded: this harness reads version ${SNAPSHOT_VERSION} only`));
    });

    it('taken with another seed, naming both and the setting to change', async () => {
      expect(await refusal((s) => s, 2)).toMatch(/seed 1; this one has seed 2\. Start the sandbox with seed 1 to load it \(SANDBOX_SEED=1/);
    });

    it('that is no snapshot at all, or whose data is damaged', async () => {
      expect(await refusal(() => ({ customers: [] }))).toMatch(/not a sandbox snapshot: its 'format' should be 'billing-sim-snapshot'/);
      expect(await refusal((s) => ({ ...s, data: { $c: 'no.such.Class', v: {} } }))).toMatch(/data cannot be read: .*'no\.such\.Class'/);
      // parts missing or of the wrong kind are found before any part is loaded
      const data = (s: SandboxSnapshot) => s.data as { simulators: Record<string, unknown>; clock: { now: unknown } };
      expect(await refusal((s) => (delete data(s).simulators.zuora, s))).toMatch(/zuora's state is not what a sandbox holds .*nothing was loaded/);
      expect(await refusal((s) => ((data(s).clock.now = { $n: 'NaN' }), s))).toMatch(/the clock's time or jobs is not what a sandbox holds/);
      expect(await refusal((s) => ((data(s).simulators.zuora = data(s).simulators.togai), s))).toMatch(/zuora's state/);
    });
  });

  it("keeps the loading sandbox's own subscribers apart from the vendors' subscribers a snapshot brings", async () => {
    const saved = createSandbox();
    const loading = createSandbox({ connector: true });
    try {
      await saved.chargebee.call('createWebhookEndpoint', { body: { name: 'hooks', url: 'https://hooks.example.com/cb', api_version: 'v2' } });
      await loading.restore(throughFile(await saved.snapshot()));
      const ids = loading.kit.outbox.listSubscribers().map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(['sub_1', 'sub_chargebee_1']));
      // the connector's own Togai subscriber is untouched by what happens to the endpoint
      const togai = loading.kit.outbox.listSubscribers('togai')[0]!;
      const endpoint = (await loading.chargebee.call('listWebhookEndpoints')).body.list[0].webhook_endpoint;
      await loading.chargebee.call('deleteWebhookEndpoint', { params: { 'webhook-endpoint-id': endpoint.id } });
      expect(loading.kit.outbox.listSubscribers('togai')).toEqual([togai]);
    } finally {
      await saved.close();
      await loading.close();
    }
  });

  it("refuses a snapshot whose connector memory is damaged, naming it, before anything is loaded", async () => {
    const sandbox = createSandbox({ connector: true });
    try {
      const saved = throughFile(await sandbox.snapshot()) as SandboxSnapshot & { data: { parts: Record<string, unknown> } };
      saved.data.parts.connector = 5;
      await sandbox.togai.call('createCustomer', { body: { id: 'c-kept', name: 'Kept', primaryEmail: 'kept@example.com', address: {} } });
      await expect(sandbox.restore(saved)).rejects.toThrow(/the memory of connector is not what a sandbox holds .*nothing was loaded/);
      expect((await sandbox.togai.call('getCustomer', { params: { customer_id: 'c-kept' } })).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('waits for a delivery in flight, and what it sets off, before it loads', async () => {
    const sandbox = createSandbox({ connector: true });
    try {
      const empty = await sandbox.snapshot();
      // the account.created delivery to the in-process connector (and its calls to Zuora and Chargebee) is now under way
      void sandbox.togai.call('createCustomer', { body: { id: 'c-late', name: 'Late', primaryEmail: 'late@example.com', address: {} } });
      await sandbox.restore(throughFile(empty));
      await sandbox.kit.settle();
      expect((await sandbox.zuora.call('queryAccounts')).body.data).toEqual([]);
      expect(sandbox.connector!.answers).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('is refused while a job is scheduled as a closure, naming the job', async () => {
    const sandbox = createSandbox();
    try {
      sandbox.clock.schedule(Date.parse('2026-02-01T00:00:00Z'), 'a test job', () => undefined);
      await expect(sandbox.snapshot()).rejects.toThrow(/jobs scheduled as closures \('a test job'\)/);
    } finally {
      await sandbox.close();
    }
  });

  describe("a scenario's given.snapshot", () => {
    const dir = mkdtempSync(join(tmpdir(), 'given-snapshot-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const scenarioText = (seed: number, snapshot: string) => `name: from a saved sandbox
seed: ${seed}
given:
  snapshot: ${snapshot}
steps:
  - call: { vendor: chargebee, operation: updateCustomer, params: { customer-id: cb-lovelace }, body: { company: Difference Engines } }
  - expect:
      - read: { vendor: togai, operation: getCustomer, params: { customer_id: cb-lovelace } }
        body: { id: cb-lovelace, name: Analytical Engines }
      - read: { vendor: chargebee, operation: listCustomers }
        body: { list: [{ customer: { id: cb-lovelace, company: Difference Engines } }] }
`;

    it('starts the world from the saved sandbox, with the rest of given on top', async () => {
      const flow6 = loadScenario(`${SCENARIO_DIR}/flow-6-chargebee-customer-to-togai.yaml`);
      const source = referenceWorld(flow6);
      try {
        expect((await runScenario(flow6, source)).passed).toBe(true);
        writeFileSync(join(dir, 'after-flow-6.json'), JSON.stringify(await source.harness.snapshot()));
      } finally {
        await source.close();
      }
      const [result] = await runAll([parseScenario(scenarioText(106, './after-flow-6.json'), join(dir, 'from-saved.yaml'))]);
      expect(result!.failure).toBeUndefined();
    });

    it('names the line, the file and what would be right when the snapshot cannot be used', () => {
      const file = join(dir, 'broken.yaml');
      expect(() => parseScenario(scenarioText(106, './no-such.json'), file)).toThrow(/broken\.yaml:4:\d+: given\.snapshot: .*no-such\.json cannot be read/);
      writeFileSync(join(dir, 'seven.json'), JSON.stringify({ format: 'billing-sim-snapshot', version: SNAPSHOT_VERSION, seed: 7, vendors: ['togai', 'zuora', 'chargebee'], parts: [], takenAt: '2026-01-01T00:00:00.000Z', data: {} }));
      expect(() => parseScenario(scenarioText(106, './seven.json'), file)).toThrow(/seven\.json was taken with seed 7; give the scenario `seed: 7`/);
      writeFileSync(join(dir, 'old.json'), JSON.stringify({ format: 'billing-sim-snapshot', version: 0, seed: 106 }));
      expect(() => parseScenario(scenarioText(106, './old.json'), file)).toThrow(/version 0 cannot be loaded: this harness reads version 1 only/);
    });
  });
});
