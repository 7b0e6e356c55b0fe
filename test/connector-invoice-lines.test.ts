import { describe, expect, it } from 'vitest';
import type { TogaiInvoice, TogaiLineItem } from '../connector/clients/togai.js';
import { usageByMeter, usageAmounts } from '../connector/flows/togai-usage-to-zuora.js';
import { billableLines, billedAccount, lastDay, minorAmounts } from '../connector/invoice-lines.js';

/**
 * How the connector reads a Togai invoice's line items (InvoiceLineItem's types and nesting):
 * TOTAL_AMOUNT > NET_AMOUNT > GROSS_AMOUNT > PRICE_PLAN_AMOUNT > SUB_TOTAL_AMOUNT > the rate
 * cards' amounts (with their slabs), a TRUE_UP_AMOUNT to a minimum commitment beside the sub
 * total, in-advance fees and miscellaneous charges beside the plan amount.
 */

const line = (type: string, description: string, value: number, lineItems: TogaiLineItem[] = [], extra: Partial<TogaiLineItem> = {}): TogaiLineItem => ({
  type,
  description,
  value,
  lineItems,
  ...extra,
});

const slab = (value: number) => line('USAGE_RATE_CARD_SLAB_AMOUNT', 'slab', value, [], { quantity: 1 });

// calls: 150 units on two cards (15.00 + 2.50); storage: 3 GB at 2.00; a 5.00 platform fee
const calls = line('USAGE_RATE_CARD_AMOUNT', 'Calls base', 15, [slab(15)], { quantity: 150, metadata: { usageMeterId: 'um.calls' } });
const surcharge = line('USAGE_RATE_CARD_AMOUNT', 'Calls surcharge', 2.5, [slab(2), slab(0.5)], { quantity: 150, metadata: { usageMeterId: 'um.calls' } });
const storage = line('USAGE_RATE_CARD_AMOUNT', 'Storage', 6, [slab(6)], { quantity: 3, metadata: { usageMeterId: 'um.gb' } });
const fee = line('FIXED_FEE_RATE_CARD_AMOUNT', 'Platform fee', 5, [], { quantity: 1 });

function invoice(revenue: TogaiLineItem[], extra: Partial<TogaiInvoice> = {}): TogaiInvoice {
  const planValue = revenue.reduce((s, l) => s + l.value, 0);
  const gross = line('GROSS_AMOUNT', 'Gross amount', planValue, revenue);
  const total = line('TOTAL_AMOUNT', 'Total amount', planValue, [line('NET_AMOUNT', 'Net amount', planValue, [gross])]);
  return {
    id: 'inv.abc.def',
    ownerId: 'acc1',
    status: 'DUE',
    invoiceClass: 'INVOICE',
    invoiceType: 'STANDARD',
    invoiceDate: '2026-02-01T00:00:00.000Z',
    startDate: '2026-01-01T00:00:00.000Z',
    endDate: '2026-02-01T00:00:00.000Z',
    totalAmount: planValue,
    paidAmount: 0,
    usageInfo: [
      line('USAGE_METER_USAGE', 'calls', 17.5, [], { quantity: 150, metadata: { usageMeterId: 'um.calls' } }),
      line('USAGE_METER_USAGE', 'gb', 6, [], { quantity: 3, metadata: { usageMeterId: 'um.gb' } }),
    ],
    revenueInfo: total,
    ...extra,
  };
}

const plan = (cards: TogaiLineItem[], trueUp?: number) => {
  const sub = line('SUB_TOTAL_AMOUNT', 'Sub total', cards.reduce((s, l) => s + l.value, 0), cards);
  const lines = trueUp === undefined ? [sub] : [sub, line('TRUE_UP_AMOUNT', 'Minimum commitment', trueUp)];
  return line('PRICE_PLAN_AMOUNT', 'Price plan amount', lines.reduce((s, l) => s + l.value, 0), lines);
};

describe('billableLines', () => {
  it('opens the totals down to each rate card, keeping the slabs inside their card', () => {
    expect(billableLines(invoice([plan([calls, surcharge, storage, fee])]))).toEqual([
      { description: 'Calls base', quantity: 150, amount: 15 },
      { description: 'Calls surcharge', quantity: 150, amount: 2.5 },
      { description: 'Storage', quantity: 3, amount: 6 },
      { description: 'Platform fee', quantity: 1, amount: 5 },
    ]);
  });

  it('bills the true-up to a minimum commitment, in-advance fees and miscellaneous charges as lines of their own', () => {
    const advanced = line('TOTAL_ADVANCED_FEES', 'Advanced fees', 10, [line('ADVANCED_FIXED_FEE', 'Seats', 10, [], { quantity: 1 })]);
    const misc = line('TOTAL_MISCELLANEOUS_CHARGES', 'Miscellaneous charges', 1.25, [line('MISCELLANEOUS_CHARGE', 'Setup', 1.25)]);
    const lines = billableLines(invoice([plan([storage], 44), advanced, misc]));
    expect(lines).toEqual([
      { description: 'Storage', quantity: 3, amount: 6 },
      { description: 'Minimum commitment', quantity: 1, amount: 44 },
      { description: 'Seats', quantity: 1, amount: 10 },
      { description: 'Setup', quantity: 1, amount: 1.25 },
    ]);
    expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(61.25);
  });

  it('an invoice whose totals hold no lines is one line of its total', () => {
    const empty = invoice([plan([])]);
    expect(billableLines(empty)).toEqual([{ description: 'Total amount', quantity: 1, amount: 0 }]);
  });
});

describe('usageByMeter', () => {
  it("takes each meter's quantity once and adds up the revenue of every card pricing it", () => {
    const meters = usageByMeter(invoice([plan([calls, surcharge, storage, fee])]));
    expect(meters).toEqual([
      { meterId: 'um.calls', description: 'calls', quantity: 150, value: 17.5 },
      { meterId: 'um.gb', description: 'gb', quantity: 3, value: 6 },
    ]);
    expect(usageAmounts(meters[0]!, 'QUANTITY')).toEqual({ quantity: 150, unitAmount: 0.116667 });
    expect(usageAmounts(meters[0]!, 'REVENUE')).toEqual({ quantity: 17.5, unitAmount: 1 });
  });

  it('finds usage lines under a TOTAL_USAGE line too, and leaves out lines naming no meter', () => {
    const nested = invoice([plan([storage])], {
      usageInfo: [line('TOTAL_USAGE', 'Usage', 0, [line('USAGE_METER_USAGE', 'gb', 6, [], { quantity: 3, metadata: { usageMeterId: 'um.gb' } }), line('USAGE_METER_USAGE', 'lost', 0, [], { quantity: 9 })])],
    });
    expect(usageByMeter(nested)).toEqual([{ meterId: 'um.gb', description: 'gb', quantity: 3, value: 6 }]);
  });
});

describe('billedAccount', () => {
  it('is the owner of a generated invoice, paid or not', () => {
    for (const status of ['DUE', 'PARTIALLY_PAID', 'PAID'] as const) expect(billedAccount(invoice([], { status }))).toEqual({ accountId: 'acc1' });
  });

  it('skips an invoice whose amounts are not final, or that names no account, saying why', () => {
    expect(billedAccount(invoice([], { status: 'DRAFT' }))).toEqual({ skip: expect.stringContaining('is DRAFT; only a generated invoice (DUE, PARTIALLY_PAID, PAID) is synced') });
    expect(billedAccount(invoice([], { status: 'VOID' }))).toEqual({ skip: expect.stringContaining('is VOID') });
    expect(billedAccount(invoice([], { ownerId: undefined }))).toEqual({ skip: expect.stringContaining('names no account (ownerId)') });
  });
});

describe('dates and money', () => {
  it("the last day covered is Togai's inclusive end, else the day before its end", () => {
    expect(lastDay({ endDate: '2026-02-01T00:00:00.000Z', endDateInclusive: '2026-01-31T23:59:59.999Z' })).toBe('2026-01-31');
    expect(lastDay({ endDate: '2026-02-01T00:00:00.000Z' })).toBe('2026-01-31');
    expect(lastDay({})).toBeUndefined();
  });

  it('minor units add up to the total rounded once', () => {
    expect(minorAmounts([1.5045, 1.5045], 100, 3.009)).toEqual([151, 150]);
  });
});
