export interface Check {
  /** What the target is about, for the MISS note, e.g. 'req/s' or 'p99'. */
  name: string;
  target: string;
  pass: boolean;
}

export interface Row {
  label: string;
  measured: string;
  checks: Check[];
}

/** The summary: each figure, its targets beside it, and an honest PASS/MISS (naming what missed). */
export function table(rows: Row[]): string {
  const label = Math.max(...rows.map((r) => r.label.length));
  const measured = Math.max(...rows.map((r) => r.measured.length));
  const target = Math.max(...rows.map((r) => r.checks.map((c) => c.target).join(', ').length));
  return rows
    .map((r) => {
      const targets = r.checks.map((c) => c.target).join(', ');
      const missed = r.checks.filter((c) => !c.pass).map((c) => c.name);
      const verdict = r.checks.length === 0 ? '' : missed.length ? `MISS (${missed.join(', ')})` : 'PASS';
      return `${r.label.padEnd(label)}  ${r.measured.padEnd(measured)}  ${targets.padEnd(target)}  ${verdict}`.trimEnd();
    })
    .join('\n');
}

export function misses(rows: Row[]): string[] {
  return rows.flatMap((r) => r.checks.filter((c) => !c.pass).map((c) => `${r.label}: ${c.name} (target ${c.target})`));
}
