import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../app/sandbox.js';
import { runScenario, type ScenarioCheckpoint } from '../scenarios/engine/run.js';
import { loadAll, referenceWorld, scenarioFiles } from '../scenarios/engine/suite.js';
import { customer } from './fixtures.js';
import type { Row } from './report.js';
import { int, median, ms, seconds } from './stats.js';

const FORK_TARGET_MS = 5;
const FORKS_PER_SCENARIO = 20;
const SAVED_CUSTOMERS = 100_000;
const SAVE_LOAD_TARGET_MS = 2_000;

/**
 * How long a scenario world takes to start from the snapshot taken after its `given` (what chaos
 * seeds do instead of playing `given` again): each stock scenario's checkpoint restored into its
 * world FORKS_PER_SCENARIO times; the median of all and the slowest scenario's median.
 */
async function forkFigure(log: (line: string) => void): Promise<Row> {
  const all: number[] = [];
  let slowest = { name: '', ms: 0 };
  for (const scenario of loadAll(scenarioFiles())) {
    const world = referenceWorld(scenario);
    try {
      let start: ScenarioCheckpoint | undefined;
      await runScenario(scenario, world, { skipExpectations: true, checkpoint: { at: 0, keep: (c) => (start = c) } });
      const times: number[] = [];
      for (let i = 0; i < FORKS_PER_SCENARIO; i++) {
        const t = performance.now();
        await world.harness.restore(start!.snapshot);
        times.push(performance.now() - t);
      }
      all.push(...times);
      const m = median(times);
      if (m > slowest.ms) slowest = { name: scenario.name, ms: m };
    } finally {
      await world.close();
    }
  }
  const m = median(all);
  log(`fork: ${all.length} restores of after-given snapshots: median ${ms(m)}; slowest scenario's median ${ms(slowest.ms)} (${slowest.name})`);
  return {
    label: 'world forked from its after-given snapshot',
    measured: `median ${ms(m)}, slowest scenario ${ms(slowest.ms)}`,
    checks: [{ name: 'fork', target: `< ${FORK_TARGET_MS} ms`, pass: slowest.ms < FORK_TARGET_MS }],
  };
}

/** Save a sandbox holding SAVED_CUSTOMERS Togai customers (and their accounts) to a file, and load it into a fresh sandbox. */
async function saveLoadFigures(log: (line: string) => void): Promise<Row[]> {
  const file = join(tmpdir(), `bench-snapshot-${process.pid}.json`);
  const source = createSandbox();
  const target = createSandbox();
  try {
    for (let i = 0; i < SAVED_CUSTOMERS; i++) {
      const res = await source.togai.call('createCustomer', { body: customer(`snap-${i}`) }, { validate: false });
      if (res.status !== 201) throw new Error(`createCustomer answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    let t = performance.now();
    const text = JSON.stringify(await source.snapshot());
    await writeFile(file, text);
    const saveMs = performance.now() - t;
    t = performance.now();
    await target.restore(JSON.parse(await readFile(file, 'utf8')));
    const loadMs = performance.now() - t;
    const back = await target.togai.call('getCustomer', { params: { customer_id: `snap-${SAVED_CUSTOMERS - 1}` } });
    if (back.status !== 200) throw new Error(`the loaded sandbox does not hold the last customer (${back.status})`);
    log(`save/load: ${int(SAVED_CUSTOMERS)} customers, ${int(text.length / 1e6)} MB file: save ${seconds(saveMs)}, load ${seconds(loadMs)}`);
    const check = (name: string, took: number) => ({ name, target: `< ${SAVE_LOAD_TARGET_MS / 1000} s`, pass: took < SAVE_LOAD_TARGET_MS });
    return [
      { label: `save a sandbox of ${int(SAVED_CUSTOMERS)} customers to a file`, measured: seconds(saveMs), checks: [check('save', saveMs)] },
      { label: `load it from the file`, measured: seconds(loadMs), checks: [check('load', loadMs)] },
    ];
  } finally {
    await source.close();
    await target.close();
    await rm(file, { force: true });
  }
}

export async function snapshotSuite(log: (line: string) => void): Promise<Row[]> {
  return [await forkFigure(log), ...(await saveLoadFigures(log))];
}
