import { parseShard, shardText, type Shard } from '../engine/shard.js';
import { attrs, seconds } from './junit.js';

/** One JUnit report to merge: where it came from (for messages) and its text. */
export interface JunitInput {
  file: string;
  text: string;
}

/** Reports that cannot be merged into one that tells the truth; each problem names its file. */
export class JunitMergeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface MergedJunit {
  xml: string;
  totals: { tests: number; failures: number; errors: number; skipped: number };
}

interface Testcase {
  /** classname and name as written (escaped): the same scenario is the same text in every report. */
  key: string;
  name: string;
  outcome: 'passed' | 'failure' | 'error' | 'skipped';
}

interface Suite {
  file: string;
  attributes: Map<string, string>;
  body: string;
  cases: Testcase[];
  shard?: Shard;
}

// The reports read here are the ones `billing-sim run --reporter junit` writes: markup in text
// and attribute values is always escaped, so `<`, `>` and `"` below are structure, never data.
const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<testsuites\b([^>]*)>([\s\S]*)<\/testsuites>\s*$/;
const SUITE = /<testsuite\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testsuite>)/g;
const CASE = /<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g;
const PROPERTY = /<property\b([^>]*?)\/>/g;
const ATTR = /([\w:.-]+)="([^"]*)"/g;

const attributesOf = (text: string) => new Map([...text.matchAll(ATTR)].map((m) => [m[1]!, m[2]!] as const));

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
const unescaped = (text: string) => text.replace(/&(#\d+|\w+);/g, (all, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : (ENTITIES[e] ?? all)));

function outcome(body: string | undefined): Testcase['outcome'] {
  if (!body) return 'passed';
  if (/<failure\b/.test(body)) return 'failure';
  if (/<error\b/.test(body)) return 'error';
  return /<skipped\b/.test(body) ? 'skipped' : 'passed';
}

/** The suites of one report, or the problem that makes it not a billing-sim JUnit report. */
function suitesOf(input: JunitInput): Suite[] | string {
  const root = ROOT.exec(input.text);
  if (!root || attributesOf(root[1]!).get('name') !== 'billing-sim') {
    return `${input.file}: not a billing-sim JUnit report (no <testsuites name="billing-sim">); merge the files \`billing-sim run --reporter junit\` writes`;
  }
  const suites: Suite[] = [];
  for (const m of root[2]!.matchAll(SUITE)) {
    const body = m[2] ?? '';
    const properties = new Map([...body.matchAll(PROPERTY)].map((p) => attributesOf(p[1]!)).map((a) => [a.get('name'), a.get('value')] as const));
    const shardValue = properties.get('shard');
    let shard: Shard | undefined;
    if (shardValue !== undefined) {
      try {
        shard = parseShard(unescaped(shardValue));
      } catch {
        return `${input.file}: its shard property ${JSON.stringify(unescaped(shardValue))} is not K/N`;
      }
    }
    const cases = [...body.matchAll(CASE)].map((c): Testcase => {
      const a = attributesOf(c[1]!);
      return { key: `${a.get('classname') ?? ''}\u0000${a.get('name') ?? ''}`, name: unescaped(a.get('name') ?? ''), outcome: outcome(c[2]) };
    });
    suites.push({ file: input.file, attributes: attributesOf(m[1]!), body, cases, ...(shard ? { shard } : {}) });
  }
  return suites;
}

/**
 * Why the shards given are not one whole run: a whole run mixed with shards, shards of
 * different splits, a shard given twice, a shard missing (a matrix job that wrote no report).
 */
function shardProblems(suites: Suite[]): string[] {
  const sharded = suites.filter((s) => s.shard);
  if (!sharded.length) return [];
  const whole = suites.filter((s) => !s.shard);
  if (whole.length) return [`${whole[0]!.file} is a whole run and ${sharded[0]!.file} is shard ${shardText(sharded[0]!.shard!)}; merge the shards of one run`];
  const totals = [...new Set(sharded.map((s) => s.shard!.total))];
  if (totals.length > 1) return [`the reports are shards of different splits (${sharded.map((s) => `${s.file}: ${shardText(s.shard!)}`).join(', ')}); run every shard with the same N`];
  const total = totals[0]!;
  const problems: string[] = [];
  for (let k = 1; k <= total; k++) {
    const of = sharded.filter((s) => s.shard!.current === k);
    if (!of.length) problems.push(`shard ${k}/${total} is missing: give the reports of all ${total} shards`);
    if (of.length > 1) problems.push(`shard ${k}/${total} is given twice (${of.map((s) => s.file).join(', ')})`);
  }
  return problems;
}

function duplicateProblems(suites: Suite[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const suite of suites) {
    for (const c of suite.cases) {
      const first = seen.get(c.key);
      if (first !== undefined) problems.push(`scenario ${JSON.stringify(c.name)} is in both ${first} and ${suite.file}: every scenario must be in one report only`);
      else seen.set(c.key, suite.file);
    }
  }
  return problems;
}

function countsOf(cases: Testcase[]) {
  const n = (o: Testcase['outcome']) => cases.filter((c) => c.outcome === o).length;
  return { tests: cases.length, failures: n('failure'), errors: n('error'), skipped: n('skipped') };
}

/**
 * The reports of a sharded run (`billing-sim run --shard K/N --reporter junit`, one per K) as
 * one report: each shard's <testsuite> as it was, under one <testsuites> whose totals are
 * counted again from the testcases. Throws JunitMergeError when the reports are not every
 * shard of one run exactly once, or when a scenario appears in two of them.
 */
export function mergeJunitReports(inputs: JunitInput[]): MergedJunit {
  const parsed = inputs.map(suitesOf);
  const unreadable = parsed.filter((p): p is string => typeof p === 'string');
  if (unreadable.length) throw new JunitMergeError(unreadable);
  const suites = (parsed as Suite[][]).flat().sort((a, b) => (a.shard?.current ?? 0) - (b.shard?.current ?? 0));
  const problems = [...shardProblems(suites), ...duplicateProblems(suites)];
  if (problems.length) throw new JunitMergeError(problems);

  const totals = countsOf(suites.flatMap((s) => s.cases));
  const timeMs = suites.reduce((sum, s) => sum + 1000 * (Number(s.attributes.get('time')) || 0), 0);
  const suiteXml = suites.map((s) => {
    const { tests, failures, errors, skipped } = countsOf(s.cases);
    // counts as counted; every other attribute exactly as the shard wrote it (already escaped)
    const counted = new Map<string, string>([['name', s.attributes.get('name') ?? 'billing-sim scenarios'], ['tests', String(tests)], ['failures', String(failures)], ['errors', String(errors)], ['skipped', String(skipped)]]);
    for (const [k, v] of s.attributes) if (!counted.has(k)) counted.set(k, v);
    const open = `  <testsuite${[...counted].map(([k, v]) => ` ${k}="${v}"`).join('')}`;
    return s.body ? `${open}>${s.body}</testsuite>` : `${open}/>`;
  });
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: 'billing-sim', ...totals, time: seconds(timeMs) })}>`, ...suiteXml, '</testsuites>', ''].join('\n');
  return { xml, totals };
}
