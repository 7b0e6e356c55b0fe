import { availableParallelism } from 'node:os';
import type { CliIo } from './cli.js';
import { partnerOptions, reachable, UsageError, writeReport, type PartnerValues } from './cli-partner.js';
import { partnerBriefing } from './engine/partner-world.js';
import { readClaims } from './engine/claims.js';
import { runConformance } from './conformance/run-conformance.js';
import { partnerTarget, referenceTarget } from './conformance/targets.js';
import { CHECKS, type CheckId, type CheckVerdict } from './conformance/verdict.js';
import { conformanceHtml } from './reporters/conformance-html.js';
import { conformanceJson } from './reporters/conformance-json.js';
import { conformanceJunit } from './reporters/conformance-junit.js';
import { conformancePretty, MARK } from './reporters/conformance-pretty.js';
import { duration } from './reporters/report.js';

const REPORTERS = { pretty: conformancePretty, json: conformanceJson, junit: conformanceJunit, html: conformanceHtml } as const;
type ReporterName = keyof typeof REPORTERS;

export interface ConformValues extends PartnerValues {
  check?: string[];
  reporter?: string;
  out?: string;
}

function checksOption(raw: string[] | undefined): CheckId[] | undefined {
  if (!raw) return undefined;
  const ids = CHECKS.map((c) => c.id) as string[];
  const unknown = raw.filter((c) => !ids.includes(c));
  if (unknown.length) throw new UsageError(`conform: --check must be one of ${ids.join(', ')}; got ${unknown.map((c) => JSON.stringify(c)).join(', ')}`);
  return raw as CheckId[];
}

/**
 * `billing-sim conform`: judge a connector flow by flow, check by check, and report the matrix.
 * Without --connector-url, the reference connector in process. Exit 1 when a claimed flow fails
 * or no flow is claimed.
 */
export async function conformCommand(io: CliIo, values: ConformValues, positionals: string[]): Promise<number> {
  if (positionals.length) throw new UsageError(`conform: takes no files (it runs each flow's own scenario, contracts/connector.yaml x-flows); got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  const reporter = (values.reporter ?? 'pretty') as ReporterName;
  if (!(reporter in REPORTERS)) throw new UsageError(`conform: --reporter must be one of ${Object.keys(REPORTERS).join(', ')}; got ${JSON.stringify(values.reporter)}`);
  if (values.out !== undefined && reporter === 'pretty') throw new UsageError('conform: --out needs --reporter json, junit or html (pretty always goes to the console)');
  const { connectorUrl, concurrency, env, flows } = partnerOptions('conform', io, values, 'a connector of your own is judged one check at a time');
  const checks = checksOption(values.check);

  // the report itself goes to stdout unless --out; progress then goes to stderr
  const log = reporter === 'pretty' || values.out !== undefined ? io.out : io.err;
  let claims;
  if (connectorUrl && env) {
    log(`${partnerBriefing(env, connectorUrl)}\n\n`);
    const unreachable = await reachable(connectorUrl);
    if (unreachable) {
      io.err(`${unreachable}\n`);
      return 1;
    }
    const read = await readClaims(connectorUrl, flows);
    claims = read.claims;
    log(`${read.note}\n\n`);
  }
  const target = connectorUrl && env ? partnerTarget(env, connectorUrl) : referenceTarget(concurrency ?? availableParallelism());
  const onVerdict = (v: CheckVerdict) => {
    if (v.status === 'not-claimed') return;
    log(`${MARK[v.status]} flow ${v.flow} ${v.check}${v.status === 'not-applicable' ? '' : `  ${duration(v.durationMs)}`}\n`);
  };
  let report;
  try {
    report = await runConformance(target, { ...(claims ? { claims } : {}), ...(checks ? { checks } : {}), onVerdict });
  } catch (e) {
    // the simulators' ports taken, most likely: the message names them
    io.err(`${(e as Error).message}\n`);
    return 1;
  }
  const text = REPORTERS[reporter](report);
  if (reporter === 'pretty') log(`\n${text}`);
  else if (values.out === undefined) io.out(text);
  else if (!writeReport(io, values.out, text)) return 1;
  else log(`${reporter} report written to ${values.out}\n`);
  if (report.flows.every((f) => f.status === 'not-claimed')) {
    io.err(`the connector claims none of flows 1-9 (${report.claims.source}); nothing was judged\n`);
    return 1;
  }
  return report.flows.some((f) => f.status === 'fail') ? 1 : 0;
}
