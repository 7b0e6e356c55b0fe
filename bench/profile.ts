import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { int } from './stats.js';

/** The parts of V8's .cpuprofile format the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  /** Microseconds on the monotonic clock, the one process.hrtime reads, so bench timestamps line up. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Window {
  label: string;
  /** process.hrtime.bigint() values. */
  from: bigint;
  to: bigint;
}

const TOP_SELF = 15;
const TOP_OWN = 10;
// V8's pseudo-frames: idle is the event loop waiting, which is not work
const IDLE = '(idle)';

/** Where a frame comes from, short enough for one line: the package, the project file, or V8/Node. */
function where(url: string, line: number): string {
  if (!url) return '(native, or code made by new Function such as Ajv validators)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) return `${pkg[1]}  ${pkg[2]}:${line + 1}`;
  // tsx emits each project file on one line, so a line number would say nothing
  const own = /\/((?:simulators|bench)\/.*)$/.exec(url);
  if (own) return own[1]!;
  return `${url.replace(/^file:\/\//, '')}:${line + 1}`;
}

function pct(n: number, total: number): string {
  return `${((100 * n) / total).toFixed(1).padStart(5)}%`;
}

/**
 * The main thread's profile, which the server wrote at exit (tsx's loader thread writes its own;
 * it only works while modules load).
 */
export function readProfile(dir: string, pid: number): CpuProfile {
  const file = readdirSync(dir).find((f) => f.includes(`.${pid}.0.`) && f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no main-thread .cpuprofile of pid ${pid} in ${dir}; did the server exit cleanly?`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}

/**
 * Self and inclusive time per function over one window of the run: self time says which code
 * burns the CPU, inclusive time of the simulator's own functions says which step of a request
 * it belongs to.
 */
export function summarise(profile: CpuProfile, window: Window): string {
  const parent = new Map<number, number>();
  const frames = new Map<number, { key: string; name: string; where: string; own: boolean }>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const at = where(url, lineNumber);
    frames.set(node.id, { key: `${name} ${url}:${lineNumber}:${columnNumber}`, name, where: at, own: url.includes('/simulators/') });
  }

  const from = Number(window.from / 1000n);
  const to = Number(window.to / 1000n);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let all = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t > to) continue;
    all++;
    const leaf = profile.samples[i]!;
    const leafFrame = frames.get(leaf)!;
    if (leafFrame.name === IDLE) continue;
    busy++;
    self.set(leafFrame.key, (self.get(leafFrame.key) ?? 0) + 1);
    // a recursive function counts once per sample
    const onStack = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) onStack.add(frames.get(id)!.key);
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
  }
  if (busy === 0) return `  ${window.label}: no samples in this window\n`;

  const byKey = new Map([...frames.values()].map((f) => [f.key, f]));
  const rows = (entries: [string, number][]) =>
    entries.map(([key, n]) => {
      const f = byKey.get(key)!;
      return `    ${pct(n, busy)}  ${pct(inclusive.get(key) ?? 0, busy)}  ${f.name.padEnd(34)} ${f.where}`;
    });
  const topSelf = [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP_SELF);
  const topOwn = [...inclusive].filter(([key]) => byKey.get(key)!.own).sort((a, b) => b[1] - a[1]).slice(0, TOP_OWN);
  return [
    `  ${window.label}: ${int(busy)} busy samples, server busy ${pct(busy, all).trim()} of the window`,
    '     self   total  hottest functions by self time',
    ...rows(topSelf),
    ...(topOwn.length ? ['     self   total  simulator functions by inclusive time', ...rows(topOwn)] : []),
    '',
  ].join('\n');
}
