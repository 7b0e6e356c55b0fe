import type { Api } from './api.js';
import type { BillingFixture } from './fixtures.js';

interface InvoiceLine {
  quantity?: number;
  metadata?: { usageMeterId?: string };
}

interface Invoice {
  id: string;
  ownerId: string;
  pricePlanId: string;
  usageInfo?: InvoiceLine[];
}

export interface InvoiceCheck {
  /** Finalised (DUE) invoices of the bench plan, and of anything else (the demo data's plan). */
  benchInvoices: number;
  otherInvoices: number;
  meteredUnits: number;
  expectedUnits: number;
  /** Readable problems; empty when every account has one invoice with exactly its units. */
  problems: string[];
}

const MAX_PAGES = 1_000;

/**
 * Page through GET /invoices?status=DUE (cycles closed into generated invoices), read each bench
 * invoice whole (list entries are summaries, without line items) and compare each account's
 * metered units with what was sent.
 */
export async function checkInvoices(api: Api, fixture: BillingFixture, expected: Map<string, number>): Promise<InvoiceCheck> {
  const generated: Invoice[] = [];
  let nextToken: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const query = new URLSearchParams({ status: 'DUE', pageSize: '50', ...(nextToken ? { nextToken } : {}) });
    const page = await api.call<{ data: Invoice[]; nextToken?: string }>('GET', `/invoices?${query}`, undefined, 200);
    generated.push(...page.data);
    nextToken = page.nextToken;
    if (!nextToken) break;
  }
  if (nextToken) throw new Error(`GET /invoices still had pages after ${MAX_PAGES}`);

  const problems: string[] = [];
  const summaries = generated.filter((i) => i.pricePlanId === fixture.pricePlanId);
  const bench: Invoice[] = [];
  for (const summary of summaries) bench.push(await api.call<Invoice>('GET', `/invoices/${encodeURIComponent(summary.id)}`, undefined, 200));
  const seen = new Set<string>();
  let meteredUnits = 0;
  for (const invoice of bench) {
    if (seen.has(invoice.ownerId)) problems.push(`account ${invoice.ownerId} has more than one DUE invoice`);
    seen.add(invoice.ownerId);
    const units = invoice.usageInfo?.find((l) => l.metadata?.usageMeterId === fixture.meterId)?.quantity ?? 0;
    meteredUnits += units;
    const want = expected.get(invoice.ownerId);
    if (units !== want) problems.push(`account ${invoice.ownerId}: invoice meters ${units} units, ${want ?? 'none'} were sent`);
  }
  if (bench.length !== fixture.accountIds.length) problems.push(`${bench.length} DUE bench invoices, expected ${fixture.accountIds.length}`);
  const expectedTotal = [...expected.values()].reduce((a, b) => a + b, 0);
  if (meteredUnits !== expectedTotal) problems.push(`invoices meter ${meteredUnits} units in total, ${expectedTotal} were sent`);
  return { benchInvoices: bench.length, otherInvoices: generated.length - bench.length, meteredUnits, expectedUnits: expectedTotal, problems };
}
