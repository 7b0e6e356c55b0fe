import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { locate } from '../../connector/locations.js';
import { parseYaml } from './yaml-cache.js';
import { refersToFaker } from './interpolate.js';
import { loadContract } from '../../simulators/kit/contract.js';
import { checkSnapshot, SnapshotRefused, type SandboxSnapshot } from '../../simulators/kit/sandbox-snapshot.js';
import { matcherProblems } from './matchers.js';
import { CHECK_KINDS, scenarioSchema, STEP_KINDS, type Check, type CheckKind, type Scenario, type Step, type StepKind } from './schema.js';
import { VENDORS, type Vendor } from './vendors.js';

/** A scenario as loaded: checked, with each step's place in its file for messages. */
export interface LoadedScenario extends Omit<Scenario, 'steps'> {
  file: string;
  steps: Step[];
  /** `file:line:column` of each step. */
  stepAt: string[];
  /** Whether any of its text refers to `${faker.…}`: only then does a run load faker. */
  usesFaker: boolean;
  /** What `given.snapshot` names, read and checked. */
  givenSnapshot?: SandboxSnapshot;
}

/** A scenario file that cannot run, with every problem found, each with its place. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid scenario:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** A missing key says so, and what belongs there; other issues keep the schema's words. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_type' || issue.input !== undefined) return issue.message;
  const what = issue.message.startsWith('Invalid input') ? `a ${issue.expected}` : issue.message;
  return `missing; expected ${what}`;
}

function issueLines(issues: z.core.$ZodIssue[], prefix: PropertyKey[], locations: Map<string, string>, file: string): string[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path];
    const where = locate(path, locations) ?? `${file}:1:1`;
    return `${where}: ${path.map(String).join('.') || '(top level)'}: ${describeIssue(i)}`;
  });
}

function stepKind(raw: unknown): StepKind | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'a mapping with one of: ' + Object.keys(STEP_KINDS).join(', ');
  // a call's own `expect` is about its response, not a step of its own
  if ('call' in raw) return 'call';
  const kinds = Object.keys(raw).filter((k): k is StepKind => k in STEP_KINDS);
  if (kinds.length === 1) return kinds[0]!;
  if (kinds.length === 0) return `one of ${Object.keys(STEP_KINDS).join(', ')} (found ${Object.keys(raw).join(', ') || 'nothing'})`;
  return `only one of ${kinds.join(', ')}; split them into separate steps`;
}

/** Letters to add, drop or change to turn one word into the other: near misses are typos. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Whether a vendor's contract has the operation, and if not, what to write instead. */
function unknownOperation(vendor: Vendor, operationId: string): string | undefined {
  const contract = loadContract(`${vendor}.yaml`);
  if (contract.operations.some((o) => o.operationId === operationId)) return undefined;
  const near = contract.operations.map((o) => o.operationId).filter((id) => editDistance(id.toLowerCase(), operationId.toLowerCase()) <= 2);
  return `contracts/${vendor}.yaml has no operation '${operationId}'${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}`;
}

/** What the schema cannot see: operations that do not exist, matchers that make no sense. */
function meaningProblems(scenario: Scenario, steps: Step[], locations: Map<string, string>, file: string): string[] {
  const problems: string[] = [];
  const at = (path: (string | number)[]) => locate(path, locations) ?? `${file}:1:1`;
  const operation = (path: (string | number)[], vendor: Vendor, id: string | undefined) => {
    const wrong = id === undefined ? undefined : unknownOperation(vendor, id);
    if (wrong) problems.push(`${at(path)}: ${path.join('.')}: ${wrong}`);
  };
  const matchers = (path: (string | number)[], value: unknown) => {
    for (const p of matcherProblems(value)) problems.push(`${at(path)}: ${path.join('.')}: ${p}`);
  };
  for (const vendor of VENDORS) scenario.given[vendor].forEach((g, i) => operation(['given', vendor, i, 'operation'], vendor, g.operation));
  // a fault rule for a vendor or operation that does not exist would never fire
  const isVendor = (v: string): v is Vendor => (VENDORS as readonly string[]).includes(v);
  scenario.faults?.requests?.forEach((r, i) => {
    if (!isVendor(r.vendor)) problems.push(`${at(['faults', 'requests', i, 'vendor'])}: faults.requests.${i}.vendor: '${r.vendor}' is not a vendor; use one of ${VENDORS.join(', ')}`);
    else operation(['faults', 'requests', i, 'operation'], r.vendor, r.operation);
  });
  scenario.faults?.deliveries?.forEach((d, i) => {
    if (!isVendor(d.source)) problems.push(`${at(['faults', 'deliveries', i, 'source'])}: faults.deliveries.${i}.source: '${d.source}' is not a vendor; use one of ${VENDORS.join(', ')}`);
  });
  steps.forEach((step, i) => {
    if ('call' in step) {
      operation(['steps', i, 'call', 'operation'], step.call.vendor, step.call.operation);
      matchers(['steps', i, 'expect', 'body'], step.expect?.body);
    } else if ('fail' in step) {
      operation(['steps', i, 'fail', 'operation'], step.fail.vendor, step.fail.operation);
    } else if ('expect' in step) {
      step.expect.forEach((check, j) => {
        const base = ['steps', i, 'expect', j];
        if ('read' in check) {
          operation([...base, 'read', 'operation'], check.read.vendor, check.read.operation);
          matchers([...base, 'body'], check.body);
        } else if ('requests' in check) {
          operation([...base, 'requests', 'operation'], check.requests.vendor, check.requests.operation);
          matchers([...base, 'count'], check.count);
        } else {
          matchers([...base, 'count'], check.count);
          matchers([...base, 'match'], check.match);
        }
      });
    }
  });
  return problems;
}

/** Parse and check a scenario from its text; `file` names it in messages. */
export function parseScenario(text: string, file: string): LoadedScenario {
  const yaml = parseYaml(text, file);
  // a syntax error alone: the schema's view of a half-parsed document would only add noise
  if ('syntax' in yaml) throw new ScenarioError(file, [yaml.syntax]);
  const { locations } = yaml;
  // reportInput: a key present with the wrong kind of value must not read as missing
  const top = scenarioSchema.safeParse(yaml.value, { reportInput: true });
  if (!top.success) throw new ScenarioError(file, issueLines(top.error.issues, [], locations, file));
  const problems: string[] = [];
  const steps: Step[] = [];
  const stepAt: string[] = [];
  top.data.steps.forEach((raw, i) => {
    const at = locations.get(`steps.${i}`) ?? `${file}:1:1`;
    stepAt.push(at);
    const kind = stepKind(raw);
    if (!(kind in STEP_KINDS)) {
      problems.push(`${at}: steps.${i}: a step must be ${kind}`);
      return;
    }
    const parsed = STEP_KINDS[kind as StepKind].safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...issueLines(parsed.error.issues, ['steps', i], locations, file));
      return;
    }
    if (kind !== 'expect') {
      steps.push(parsed.data as Step);
      return;
    }
    const checks: Check[] = [];
    (parsed.data as { expect: unknown[] }).expect.forEach((rawCheck, j) => {
      const where = ['steps', i, 'expect', j];
      const checkKind = Object.keys(CHECK_KINDS).find((k) => rawCheck !== null && typeof rawCheck === 'object' && k in rawCheck) as CheckKind | undefined;
      if (!checkKind) {
        problems.push(`${locate(where, locations) ?? at}: ${where.join('.')}: a check must have one of ${Object.keys(CHECK_KINDS).join(', ')}`);
        return;
      }
      const check = CHECK_KINDS[checkKind].safeParse(rawCheck, { reportInput: true });
      if (check.success) checks.push(check.data as Check);
      else problems.push(...issueLines(check.error.issues, where, locations, file));
    });
    steps.push({ expect: checks });
  });
  if (problems.length) throw new ScenarioError(file, problems);
  const meaning = meaningProblems(top.data, steps, locations, file);
  if (meaning.length) throw new ScenarioError(file, meaning);
  const named = top.data.given.snapshot;
  const givenSnapshot = named === undefined ? undefined : readGivenSnapshot(named, top.data.seed, file, locate(['given', 'snapshot'], locations) ?? `${file}:1:1`);
  return { ...top.data, file, steps, stepAt, usesFaker: refersToFaker(yaml.value), ...(givenSnapshot ? { givenSnapshot } : {}) };
}

/** The snapshot `given.snapshot` names (relative to the scenario file), or a ScenarioError at `at` saying what is wrong with it. */
function readGivenSnapshot(named: string, seed: number, file: string, at: string): SandboxSnapshot {
  const path = resolve(dirname(file), named);
  const refuse = (why: string) => new ScenarioError(file, [`${at}: given.snapshot: ${why}`]);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw refuse(`${path} cannot be read: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw refuse(`${path} is not JSON (${(e as Error).message}); save one with GET /__admin/snapshot or billing-sim up --save-on-exit`);
  }
  try {
    return checkSnapshot(parsed, { seed });
  } catch (e) {
    if (!(e instanceof SnapshotRefused)) throw e;
    const taken = (parsed as { seed?: unknown }).seed;
    throw refuse(typeof taken === 'number' && taken !== seed ? `${path} was taken with seed ${taken}; give the scenario \`seed: ${taken}\`` : `${path}: ${e.message}`);
  }
}

export function loadScenario(file: string): LoadedScenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScenarioError(file, [`${file}: cannot be read: ${(e as Error).message}`]);
  }
  return parseScenario(text, file);
}
