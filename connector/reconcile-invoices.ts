import { FINALISED_STATUSES } from './clients/togai.js';
import { FlowFailure, type FlowRunner } from './dispatch.js';
import { inBatches } from './reconcile-accounts.js';
import type { ReconcileReport } from './reconcile.js';

/**
 * Flows 3, 4/5 and 8 for every generated Togai invoice (DUE, or paid since). The list gives
 * summaries, so each invoice is read whole first. The flows look for their own earlier work
 * first, so an invoice already synced costs reads and changes nothing; one that cannot be read
 * or synced now is reported and the rest go on.
 */
export async function reconcileInvoices(runner: FlowRunner, report: ReconcileReport, stopping: () => boolean): Promise<void> {
  const togai = runner.clients.togai;
  const summaries = [];
  try {
    for (const status of FINALISED_STATUSES) summaries.push(...(await togai.invoiceSummaries(status)));
  } catch (e) {
    report.failures.push(`Togai invoices could not be listed: ${(e as Error).message}`);
    return;
  }
  await inBatches(
    summaries,
    async (summary) => {
      report.invoices++;
      try {
        const invoice = await togai.invoice(summary.id);
        // deleted between the list and the read: nothing left to sync
        if (!invoice) return;
        const event = { id: `reconcile-${invoice.id}`, type: 'invoice.generated' as const, createdAt: new Date().toISOString(), data: { invoice } };
        report.outcomes.push(...(await runner.onTogaiNotification(event)));
      } catch (e) {
        if (e instanceof FlowFailure) report.outcomes.push(...e.outcomes);
        report.failures.push(`invoice ${summary.id}: ${(e as Error).message}`);
      }
    },
    stopping,
  );
}
