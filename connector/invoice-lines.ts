import { FINALISED_STATUSES, type TogaiInvoice, type TogaiLineItem } from './clients/togai.js';

export interface BillableLine {
  description: string;
  quantity: number;
  /** In the invoice currency's major unit, as Togai gives it. */
  amount: number;
}

/**
 * Line types that only add up the lines under them (InvoiceLineItem's types): a vendor invoice
 * shows what they add up, not them. Every other line (a rate card's revenue, a fixed fee, the
 * true-up to a minimum commitment, a miscellaneous charge) is billed as it is; the slabs under
 * a rate card's line stay inside it.
 */
const SUMS = new Set([
  'GRAND_TOTAL_AMOUNT',
  'TOTAL_AMOUNT',
  'NET_AMOUNT',
  'GROSS_AMOUNT',
  'PRICE_PLAN_AMOUNT',
  'SUB_TOTAL_AMOUNT',
  'TOTAL_ADVANCED_FEES',
  'TOTAL_MISCELLANEOUS_CHARGES',
  'TOTAL_PURCHASE_AMOUNT',
  'TOTAL_PRICING_RULE_ADDITION_AMOUNT',
]);

function leaves(line: TogaiLineItem): TogaiLineItem[] {
  return SUMS.has(line.type) && line.lineItems.length ? line.lineItems.flatMap(leaves) : [line];
}

/**
 * The lines a vendor invoice is made of: the revenue tree opened down to what is billed, so
 * the lines add up to the invoice's total. An invoice with no revenue lines is one line of its total.
 */
export function billableLines(invoice: TogaiInvoice): BillableLine[] {
  const lines = (invoice.revenueInfo ? leaves(invoice.revenueInfo) : [])
    .filter((l) => !SUMS.has(l.type))
    .map((l) => ({ description: l.description, quantity: l.quantity ?? 1, amount: l.value }));
  return lines.length ? lines : [{ description: invoice.revenueInfo?.description ?? `Togai invoice ${invoice.id}`, quantity: 1, amount: invoice.totalAmount }];
}

/**
 * The Togai account a syncable invoice bills, or why the invoice is not synced: only a
 * generated invoice (DUE, or paid since) has final amounts, and one that names no account
 * (ownerId) cannot be placed.
 */
export function billedAccount(invoice: TogaiInvoice): { accountId: string } | { skip: string } {
  if (!(FINALISED_STATUSES as readonly string[]).includes(invoice.status)) {
    return { skip: `Togai invoice ${invoice.id} is ${invoice.status}; only a generated invoice (${FINALISED_STATUSES.join(', ')}) is synced` };
  }
  if (!invoice.ownerId) return { skip: `Togai invoice ${invoice.id} names no account (ownerId); it cannot be placed` };
  return { accountId: invoice.ownerId };
}

/**
 * Each line in whole minor units, adding up to the total rounded once: rounding line by line
 * would let the sum drift from Togai's net revenue (two lines of 150.45 cents make 300, not
 * 301). The cents the floors leave over go to the lines with the largest remainders.
 */
export function minorAmounts(amounts: number[], unit: number, total: number): number[] {
  const exact = amounts.map((a) => a * unit);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = Math.round(total * unit) - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - floors[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

// by currency code in capitals: making a NumberFormat costs more than the rest of converting an
// invoice line. Only well-formed codes (three letters) are kept, as any other throws first
const MINOR_UNITS = new Map<string, number>();

/** Minor units per major unit of a currency (100 for USD, 1 for JPY), from the runtime's ICU data. */
export function minorUnits(currency: string): number {
  const code = currency.toUpperCase();
  let units = MINOR_UNITS.get(code);
  if (units === undefined) {
    units = 10 ** (new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2);
    MINOR_UNITS.set(code, units);
  }
  return units;
}

/** The calendar day (UTC) of an ISO instant, as yyyy-mm-dd. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** The last day an invoice covers, as Zuora's inclusive service end wants it: Togai's inclusive end, else the day before its end (the next period's first instant). */
export function lastDay(invoice: Pick<TogaiInvoice, 'endDate' | 'endDateInclusive'>): string | undefined {
  if (invoice.endDateInclusive) return day(invoice.endDateInclusive);
  return invoice.endDate ? day(new Date(Date.parse(invoice.endDate) - 1).toISOString()) : undefined;
}
