import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { locate, yamlLocations } from '../../connector/yaml-positions.js';
import { scenarioSchema, STEP_KINDS, type Scenario, type Step, type StepKind } from './schema.js';

/** A scenario as loaded: checked, with each step's place in its file for messages. */
export interface LoadedScenario extends Omit<Scenario, 'steps'> {
  file: string;
  steps: Step[];
  /** `file:line:column` of each step. */
  stepAt: string[];
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

/** Parse and check a scenario from its text; `file` names it in messages. */
export function parseScenario(text: string, file: string): LoadedScenario {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    throw new ScenarioError(
      file,
      doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: ${e.message.split('\n')[0]}`),
    );
  }
  const locations = new Map<string, string>();
  yamlLocations(doc.contents as YamlNode, [], lines, file, locations);
  // reportInput: a key present with the wrong kind of value must not read as missing
  const top = scenarioSchema.safeParse(doc.toJS(), { reportInput: true });
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
    if (parsed.success) steps.push(parsed.data as Step);
    else problems.push(...issueLines(parsed.error.issues, ['steps', i], locations, file));
  });
  if (problems.length) throw new ScenarioError(file, problems);
  return { ...top.data, file, steps, stepAt };
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
