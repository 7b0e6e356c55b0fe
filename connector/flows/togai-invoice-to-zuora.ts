import type { TogaiInvoice } from '../clients/togai.js';
import type { NewZuoraInvoice } from '../clients/zuora.js';
import type { TogaiInvoiceGenerated } from '../events.js';
import { findOrCreate } from '../find-or-create.js';
import { billableLines, billedAccount, day, lastDay } from '../invoice-lines.js';
import { mappedId } from '../mappings.js';
import { UnsyncableRecord } from '../permanent-failures.js';
import { outcome, zuoraOf, type FlowClients, type FlowOutcome } from './outcome.js';

/** Zuora invoice numbers allow letters, digits, - and _ up to 32 characters; Togai IDs are `inv.<11>.<5>`. */
export function zuoraInvoiceNumber(togaiInvoiceId: string): string {
  const number = togaiInvoiceId.replace(/[^A-Za-z0-9_-]/g, '-');
  if (number.length > 32) throw new UnsyncableRecord(`Togai invoice ID '${togaiInvoiceId}' is longer than a Zuora invoice number may be (32)`);
  return number;
}

function standaloneInvoice(invoice: TogaiInvoice, zuoraAccountId: string): NewZuoraInvoice {
  const start = invoice.startDate ? day(invoice.startDate) : undefined;
  const end = lastDay(invoice);
  return {
    accountId: zuoraAccountId,
    invoiceNumber: zuoraInvoiceNumber(invoice.id),
    invoiceDate: day(invoice.invoiceDate),
    ...(invoice.invoiceDetails?.account?.invoiceCurrency ? { currency: invoice.invoiceDetails.account.invoiceCurrency } : {}),
    status: 'Posted',
    comments: `Togai invoice ${invoice.id}`,
    invoiceItems: billableLines(invoice).map((l) => ({
      chargeName: l.description,
      description: l.description,
      quantity: l.quantity,
      amount: l.amount,
      ...(start ? { serviceStartDate: start } : {}),
      ...(end ? { serviceEndDate: end } : {}),
    })),
  };
}

/**
 * Flow 3: a Togai invoice was generated (DRAFT to DUE). Post it in Zuora as a standalone
 * invoice under the mapped account, numbered after the Togai invoice so it can be found again.
 */
export async function togaiInvoiceToZuora(event: TogaiInvoiceGenerated, clients: FlowClients): Promise<FlowOutcome> {
  const invoice = event.data.invoice;
  const zuora = zuoraOf(clients);
  const billed = billedAccount(invoice);
  if ('skip' in billed) return outcome(3, 'skipped', billed.skip);
  const zuoraAccount = await mappedId(clients.togai, billed.accountId, 'zuora');
  if (!zuoraAccount) return outcome(3, 'skipped', `Togai account '${billed.accountId}' has no Zuora mapping (setting zuora.accountId); invoice ${invoice.id} not synced`);
  const number = zuoraInvoiceNumber(invoice.id);
  const { record, created } = await findOrCreate(
    () => zuora.invoice(number),
    () => zuora.createStandaloneInvoice(standaloneInvoice(invoice, zuoraAccount), `togai-invoice-${invoice.id}`),
  );
  return outcome(3, created ? 'done' : 'already-done', `Togai invoice ${invoice.id} is Zuora invoice ${record.invoiceNumber} (${record.id})`);
}
