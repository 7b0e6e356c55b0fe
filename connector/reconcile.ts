import { FlowFailure, type FlowRunner } from './dispatch.js';
import type { FlowOutcome } from './flows/outcome.js';

export interface ReconcileReport {
  invoices: number;
  outcomes: FlowOutcome[];
  failures: string[];
}

/**
 * Catch what a lost notification missed: run the invoice flows (3, 4/5, 8) for every
 * GENERATED Togai invoice. The flows look for their own earlier work first, so an invoice
 * already synced costs reads and changes nothing.
 */
export async function reconcile(runner: FlowRunner): Promise<ReconcileReport> {
  const invoices = await runner.clients.togai.invoices('GENERATED');
  const report: ReconcileReport = { invoices: invoices.length, outcomes: [], failures: [] };
  for (const invoice of invoices) {
    const event = { id: `reconcile-${invoice.id}`, type: 'invoice.generated' as const, createdAt: new Date().toISOString(), data: { invoice } };
    try {
      report.outcomes.push(...(await runner.onTogaiNotification(event)));
    } catch (e) {
      if (!(e instanceof FlowFailure)) throw e;
      report.outcomes.push(...e.outcomes);
      report.failures.push(`invoice ${invoice.id}: ${e.message}`);
    }
  }
  return report;
}
