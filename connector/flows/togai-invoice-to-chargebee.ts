import type { TogaiInvoice } from '../clients/togai.js';
import type { TogaiInvoiceGenerated } from '../events.js';
import { findOrCreate } from '../find-or-create.js';
import { billableLines, billedAccount, minorAmounts, minorUnits } from '../invoice-lines.js';
import { mappedId } from '../mappings.js';
import { chargebeeOf, outcome, type FlowClients, type FlowOutcome } from './outcome.js';

const unixSeconds = (iso: string | undefined) => (iso ? Math.floor(Date.parse(iso) / 1000) : undefined);

function charges(invoice: TogaiInvoice, currency: string) {
  // a charge's service period is both ends or neither
  const from = unixSeconds(invoice.startDate);
  const to = unixSeconds(invoice.endDate);
  const period = from !== undefined && to !== undefined ? { date_from: from, date_to: to } : {};
  const lines = billableLines(invoice);
  const minor = minorAmounts(lines.map((l) => l.amount), minorUnits(currency), invoice.totalAmount);
  return lines.map((l, i) => ({ amount: minor[i]!, description: l.description, ...period })).filter((c) => c.amount > 0);
}

/**
 * Flow 8: a Togai invoice was generated (DRAFT to DUE). Raise it in Chargebee for the mapped
 * customer as ad hoc charges in minor units, with the Togai invoice ID as the PO number so it
 * can be found again. Chargebee cannot invoice nothing, so an invoice with no amount is not raised.
 */
export async function togaiInvoiceToChargebee(event: TogaiInvoiceGenerated, clients: FlowClients): Promise<FlowOutcome> {
  const invoice = event.data.invoice;
  const chargebee = chargebeeOf(clients);
  const billed = billedAccount(invoice);
  if ('skip' in billed) return outcome(8, 'skipped', billed.skip);
  const customerId = await mappedId(clients.togai, billed.accountId, 'chargebee');
  if (!customerId) return outcome(8, 'skipped', `Togai account '${billed.accountId}' has no Chargebee mapping (setting chargebee.customerId); invoice ${invoice.id} not synced`);
  const currency = invoice.invoiceDetails?.account?.invoiceCurrency ?? (await clients.togai.account(billed.accountId))?.invoiceCurrency;
  if (!currency) throw new Error(`Togai invoice ${invoice.id} names no currency and its account cannot be read`);
  const lines = charges(invoice, currency);
  if (lines.length === 0) return outcome(8, 'skipped', `Togai invoice ${invoice.id} has nothing to bill (total 0 ${currency})`);
  const { record, created } = await findOrCreate(
    () => chargebee.invoiceWithPo(customerId, invoice.id),
    () => chargebee.createInvoice({ customer_id: customerId, currency_code: currency, po_number: invoice.id, charges: lines }, `togai-invoice-${invoice.id}`),
  );
  return outcome(8, created ? 'done' : 'already-done', `Togai invoice ${invoice.id} is Chargebee invoice ${record.id} (${record.total} minor units)`);
}
