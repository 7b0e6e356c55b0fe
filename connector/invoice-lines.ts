import type { TogaiInvoice, TogaiLineItem } from './clients/togai.js';

export interface BillableLine {
  description: string;
  quantity: number;
  /** In the invoice currency's major unit, as Togai gives it. */
  amount: number;
}

/**
 * The lines a vendor invoice is made of: the revenue lines under Togai's net revenue, with the
 * gross revenue opened into its rate cards and fixed fees, so the lines add up to the net.
 */
export function billableLines(invoice: TogaiInvoice): BillableLine[] {
  const net = invoice.revenueInfo;
  if (!net) return [];
  const leaves: TogaiLineItem[] = net.lineItems.flatMap((line) => (line.type === 'GROSS_REVENUE' ? line.lineItems : [line]));
  const lines = leaves.map((l) => ({ description: l.description, quantity: l.quantity ?? 1, amount: l.value ?? 0 }));
  return lines.length ? lines : [{ description: net.description, quantity: 1, amount: net.value ?? 0 }];
}

export function netTotal(invoice: TogaiInvoice): number {
  return invoice.revenueInfo?.value ?? 0;
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

/** Minor units per major unit of a currency (100 for USD, 1 for JPY), from the runtime's ICU data. */
export function minorUnits(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

/** The calendar day (UTC) of an ISO instant, as yyyy-mm-dd. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** The last day a period covers: Togai's end is the next period's first instant, Zuora's service end is inclusive. */
export function lastDay(endIso: string): string {
  return day(new Date(Date.parse(endIso) - 1).toISOString());
}
