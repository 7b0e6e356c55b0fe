import type { components } from '../contracts/types/connector.js';
import type { FlowNumber } from './config.js';
import type { FlowRunner } from './dispatch.js';
import type { FlowOutcome } from './flows/outcome.js';
import { chargebeeCustomers, reconcileSource, togaiAccounts, zuoraAccounts, type Mark } from './reconcile-accounts.js';
import { reconcileInvoices } from './reconcile-invoices.js';

/** What one reconciliation pass looked at, what the flows did, and what is left for the next. */
export interface ReconcileReport {
  /** Vendor account and customer records looked at (flows 1, 2, 6, 9). */
  accounts: number;
  /** Generated Togai invoices looked at (flows 3, 4/5, 8). */
  invoices: number;
  outcomes: FlowOutcome[];
  failures: string[];
}

/** How many of the last pass's failures /health lists; the count says how many there were. */
export const HEALTH_FAILURES_SHOWN = 20;

/** Reconciliation so far, as /health shows it (contracts/connector.yaml), less the interval the app adds. */
export type ReconcileProgress = Omit<NonNullable<components['schemas']['Health']['reconciliation']>, 'everySeconds'>;

const INVOICE_FLOWS: FlowNumber[] = [3, 4, 5, 8];

/**
 * Catches what lost notifications missed, by running the flow a notification would have run
 * for each record that still needs it: Zuora accounts (flow 1) and Chargebee customers (flow 6)
 * made since the last pass, then every Togai account not yet pushed (flows 2, 9), then every
 * generated invoice (flows 3, 4/5, 8), in that order so an account is in place before its
 * invoices. Only enabled flows run (enabled means the vendor is configured too).
 *
 * The marks are in memory only: the first pass after a start reads everything, since a
 * connector that was down cannot know what it missed, and every flow looks for its own earlier
 * work first, so a record already synced costs reads and changes nothing.
 */
export class Reconciler {
  private readonly marks: { zuora: Mark; chargebee: Mark } = { zuora: undefined, chargebee: undefined };
  private current: Promise<ReconcileReport> | undefined;
  private stopped = false;
  private readonly state: ReconcileProgress = { passes: 0, running: false, lastFailures: [], lastFailureCount: 0 };

  constructor(
    private readonly runner: FlowRunner,
    private readonly now: () => number = Date.now,
  ) {}

  /** How far each source has been read (a sandbox snapshot carries them). */
  get readUpTo(): { zuora: Mark; chargebee: Mark } {
    return { ...this.marks };
  }

  set readUpTo(marks: { zuora: Mark; chargebee: Mark }) {
    Object.assign(this.marks, marks);
  }

  /** Whether a pass is under way. */
  get running(): boolean {
    return this.current !== undefined;
  }

  progress(): ReconcileProgress {
    return { ...this.state, running: this.running, lastFailures: [...this.state.lastFailures] };
  }

  /** One pass, begun once the pass under way (if any) has ended: passes never overlap. */
  pass(): Promise<ReconcileReport> {
    const before = this.current ?? Promise.resolve();
    const next = before.catch(() => undefined).then(() => this.run());
    this.current = next;
    void next.catch(() => undefined).finally(() => {
      if (this.current === next) this.current = undefined;
    });
    return next;
  }

  /** No more records after the one in hand; resolves once the pass under way has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.current?.catch(() => undefined);
  }

  private async run(): Promise<ReconcileReport> {
    const report: ReconcileReport = { accounts: 0, invoices: 0, outcomes: [], failures: [] };
    if (this.stopped) return report;
    this.state.lastStartedAt = new Date(this.now()).toISOString();
    const enabled = this.runner.enabled;
    const stopping = () => this.stopped;
    try {
      if (enabled.has(1)) this.marks.zuora = await reconcileSource(zuoraAccounts(this.runner), this.marks.zuora, report, stopping);
      if (enabled.has(6)) this.marks.chargebee = await reconcileSource(chargebeeCustomers(this.runner), this.marks.chargebee, report, stopping);
      if (enabled.has(2) || enabled.has(9)) await reconcileSource(togaiAccounts(this.runner), undefined, report, stopping);
      if (INVOICE_FLOWS.some((f) => enabled.has(f))) await reconcileInvoices(this.runner, report, stopping);
    } finally {
      this.state.passes++;
      this.state.lastFinishedAt = new Date(this.now()).toISOString();
      this.state.lastFailures = report.failures.slice(0, HEALTH_FAILURES_SHOWN);
      this.state.lastFailureCount = report.failures.length;
    }
    return report;
  }
}
