import { FINALISED_STATUSES } from './clients/togai.js';
import { FlowFailure, type FlowRunner } from './dispatch.js';
import type { FlowOutcome } from './flows/outcome.js';
import { VendorError } from './http/vendor-http.js';

export interface ReconcileReport {
  invoices: number;
  outcomes: FlowOutcome[];
  failures: string[];
}

/**
 * Catch what a lost notification missed: run the invoice flows (3, 4/5, 8) for every generated
 * Togai invoice (DUE, or paid since). The list gives summaries, so each invoice is read whole
 * first. The flows look for their own earlier work first, so an invoice already synced costs
 * reads and changes nothing.
 */
export async function reconcile(runner: FlowRunner): Promise<ReconcileReport> {
  const togai = runner.clients.togai;
  const summaries = [];
  for (const status of FINALISED_STATUSES) summaries.push(...(await togai.invoiceSummaries(status)));
  const report: ReconcileReport = { invoices: summaries.length, outcomes: [], failures: [] };
  for (const summary of summaries) {
    try {
      const invoice = await togai.invoice(summary.id);
      // deleted between the list and the read: nothing left to sync
      if (!invoice) continue;
      const event = { id: `reconcile-${invoice.id}`, type: 'invoice.generated' as const, createdAt: new Date().toISOString(), data: { invoice } };
      report.outcomes.push(...(await runner.onTogaiNotification(event)));
    } catch (e) {
      if (e instanceof FlowFailure) report.outcomes.push(...e.outcomes);
      else if (!(e instanceof VendorError)) throw e;
      // one invoice that cannot be read or synced now does not stop the rest
      report.failures.push(`invoice ${summary.id}: ${(e as Error).message}`);
    }
  }
  return report;
}
