/**
 * Credits, the wallet and payments in the Togai simulator: credits granted, drawn by invoices as
 * they are finalised, expiring on the virtual clock and voided; wallet top-ups; payments moving
 * an invoice from DUE through PARTIALLY_PAID to PAID. Answers are held to the reference models.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePlan, customer, event, ok, schemaWithMeters } from './support/billing-fixtures.js';
import { expectConformance } from './support/conformance.js';
import { checkAgainstModel } from './support/togai-reference.js';
import { inProcessTogai, type TogaiClient } from './support/togai.js';

const { sandbox, sim, server, togai } = inProcessTogai();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** `answer` checked against the reference model, then returned. */
function modelled<T>(model: string, answer: T): T {
  expect(checkAgainstModel(model, answer), model).toEqual([]);
  return answer;
}

const grant = (accountId: string, extra: object = {}) => ({ accountId, purpose: 'Prepaid Credit', effectiveFrom: '2026-01-01', priority: 1, creditAmount: 100, ...extra });

async function credits(client: TogaiClient, ...requests: object[]): Promise<any[]> {
  return modelled('CreateCreditResponse', await ok(client('POST', '/credits', { creditRequests: requests }))).credits;
}

/** A custom invoice for `accountId`, DUE at once, of the given line values. */
async function dueInvoice(accountId: string, lines: object[]): Promise<any> {
  return ok(togai('POST', '/invoices', { accountId, startDate: '2026-01-01T00:00:00Z', endDate: '2026-01-31T00:00:00Z', status: 'DUE', lineItems: lines }));
}

const balance = async (accountId: string) => modelled('CreditBalanceResponse', await ok(togai('GET', `/accounts/${accountId}/credit_balance`)));
const details = async (id: string) => modelled('CreditDetailsResponse', await ok(togai('GET', `/credits/${id}`)));

describe('credits', () => {
  beforeAll(async () => {
    for (const id of ['c-draw', 'c-order', 'c-expire', 'c-cards', 'c-misc', 'c-cycle', 'c-void']) await customer(togai, id);
  });

  it('grants a credit in the account currency and sums it up in the balance', async () => {
    const [credit] = await credits(togai, grant('c-draw', { effectiveUntil: '2026-06-30' }));
    expect(credit).toMatchObject({ id: expect.stringMatching(/^cred\./), accountId: 'c-draw', customerId: 'c-draw', status: 'ACTIVE', creditAmount: 100, creditUnit: 'USD', consumedAmount: 0, effectiveFrom: '2026-01-01', effectiveUntil: '2026-06-30' });
    expect(await balance('c-draw')).toMatchObject({ activeCredits: 100, availableBalance: 100, runningBalance: 100, inapplicableCredits: 0, unit: 'USD' });
    const read = await details(credit.id);
    expect(read.transactions).toEqual([expect.objectContaining({ creditId: credit.id, transactionType: 'CREDITED', amount: 100 })]);
  });

  it('takes available credit off an invoice as it is finalised, in TOTAL_CREDITS > SUB_CREDITS lines', async () => {
    const invoice = modelled('Invoice', await dueInvoice('c-draw', [{ description: 'Consulting', value: 150 }]));
    expect(invoice).toMatchObject({ status: 'DUE', totalAmount: 50, paidAmount: 0 });
    const credits = invoice.revenueInfo.lineItems.find((l: any) => l.type === 'TOTAL_CREDITS');
    expect(credits).toMatchObject({ value: -100, lineItems: [expect.objectContaining({ type: 'SUB_CREDITS', value: -100, description: 'Prepaid Credit' })] });
    expect(invoice.revenueInfo.value).toBe(invoice.revenueInfo.lineItems.reduce((s: number, l: any) => s + l.value, 0));
    const [credit] = (await ok(togai('GET', '/credits?account_id=c-draw'))).data;
    expect(credit).toMatchObject({ status: 'CONSUMED', consumedAmount: 100 });
    expect((await details(credit.id)).transactions.map((t: any) => [t.transactionType, t.amount, t.invoiceId])).toEqual([
      ['CREDITED', 100, undefined],
      ['DEBITED', 100, invoice.id],
    ]);
    expect(await balance('c-draw')).toMatchObject({ activeCredits: 0, availableBalance: 0 });
  });

  it('draws credits by priority, then the one expiring soonest, and makes an invoice they cover whole PAID', async () => {
    const [late, early, soon] = await credits(
      togai,
      grant('c-order', { priority: 2, creditAmount: 50 }),
      grant('c-order', { priority: 1, creditAmount: 30, effectiveUntil: '2026-12-31' }),
      grant('c-order', { priority: 1, creditAmount: 5, effectiveUntil: '2026-03-31' }),
    );
    const invoice = await dueInvoice('c-order', [{ value: 40 }]);
    expect(invoice).toMatchObject({ status: 'PAID', totalAmount: 0 });
    const drawn = invoice.revenueInfo.lineItems.find((l: any) => l.type === 'TOTAL_CREDITS').lineItems.map((l: any) => [l.metadata.creditId, l.value]);
    expect(drawn).toEqual([[soon.id, -5], [early.id, -30], [late.id, -5]]);
    expect(await balance('c-order')).toMatchObject({ activeCredits: 50, availableBalance: 45 });
  });

  it('expires what is left of a credit at the end of its last day, on the virtual clock', async () => {
    const [credit] = await credits(togai, grant('c-expire', { creditAmount: 20, effectiveUntil: '2026-01-15' }));
    const [later] = await credits(togai, grant('c-expire', { creditAmount: 7, effectiveFrom: '2026-02-01' }));
    expect(await balance('c-expire')).toMatchObject({ availableBalance: 20, inapplicableCredits: 7 });
    await dueInvoice('c-expire', [{ value: 5 }]);
    await sandbox.clock.advanceTo(Date.parse('2026-01-15T23:59:00Z'));
    expect((await details(credit.id)).status).toBe('ACTIVE');
    await sandbox.clock.advanceTo(Date.parse('2026-01-16T00:00:00Z'));
    const read = await details(credit.id);
    expect(read.status).toBe('EXPIRED');
    expect(read.transactions.map((t: any) => [t.transactionType, t.amount])).toEqual([['CREDITED', 20], ['DEBITED', 5], ['EXPIRED', 15]]);
    expect(await balance('c-expire')).toMatchObject({ availableBalance: 0, inapplicableCredits: 7 });
    expect((await dueInvoice('c-expire', [{ value: 9 }])).totalAmount).toBe(9);
    await sandbox.clock.advanceTo(Date.parse('2026-02-01T00:00:00Z'));
    expect(await balance('c-expire')).toMatchObject({ availableBalance: 7, inapplicableCredits: 0 });
    expect((await details(later.id)).status).toBe('ACTIVE');
  });

  it('applies a credit with applicableEntityIds only to those lines', async () => {
    await credits(togai, grant('c-cards', { creditAmount: 100, applicableEntityIds: ['support'] }));
    const invoice = await dueInvoice('c-cards', [{ description: 'Support', value: 30, billableId: 'support' }, { description: 'Travel', value: 45 }]);
    expect(invoice.totalAmount).toBe(45);
    expect((await balance('c-cards')).availableBalance).toBe(70);
  });

  it('draws credits from a billing cycle invoice when the clock finalises it, and counts open DRAFTs in the running balance', async () => {
    const [minutes] = await schemaWithMeters(togai, { name: 'call', attributes: ['duration'], dimensions: [] }, [{ name: 'Minutes', aggregation: 'SUM', computation: '{"var": "attribute.duration"}' }]);
    const plan = await activePlan(togai, 'Per minute', [{ displayName: 'Minutes', usageMeterId: minutes!, slabs: [[0, 1]] }]);
    await ok(togai('POST', '/v2/accounts/c-cycle/edit_schedules', { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-02-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: plan } }] }));
    await credits(togai, grant('c-cycle', { creditAmount: 25, applicableEntityIds: ['ALL_USAGE_METER_RATE_CARDS'] }));
    await ok(togai('POST', '/ingest', { event: event('call', 'c-cycle', { duration: 10 }, {}, '2026-02-01T00:00:00Z') }));
    expect(await balance('c-cycle')).toMatchObject({ availableBalance: 25, runningBalance: 15 });
    await sandbox.clock.advanceTo(Date.parse('2026-03-01T00:00:00Z'));
    await sandbox.settle();
    const invoices = (await ok(togai('GET', '/invoices?owner_id=c-cycle'))).data;
    const february = modelled('Invoice', await ok(togai('GET', `/invoices/${invoices.find((i: any) => i.startDate === '2026-02-01T00:00:00.000Z').id}`)));
    expect(february).toMatchObject({ status: 'PAID', totalAmount: 0 });
    expect(february.revenueInfo.lineItems.map((l: any) => [l.type, l.value])).toEqual([['NET_AMOUNT', 10], ['TOTAL_CREDITS', -10]]);
    expect(await balance('c-cycle')).toMatchObject({ availableBalance: 15, runningBalance: 15 });
  });

  it('voids an ACTIVE credit, which then applies to nothing, and refuses to void it again', async () => {
    const [credit] = await credits(togai, grant('c-misc', { creditAmount: 12 }));
    const voided = modelled('Credit', await ok(togai('POST', `/credits/${credit.id}/void`)));
    expect(voided.status).toBe('VOIDED');
    expect((await details(credit.id)).transactions.at(-1)).toMatchObject({ transactionType: 'VOIDED', amount: 12 });
    expect((await dueInvoice('c-misc', [{ value: 10 }])).totalAmount).toBe(10);
    const again = await togai('POST', `/credits/${credit.id}/void`);
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/VOIDED; only an ACTIVE credit/);
    expect((await togai('POST', '/credits/cred.nope/void')).status).toBe(404);
  });

  it('answers a repeated idempotencyKey with the credit it granted, never granting twice', async () => {
    const first = await credits(togai, grant('c-misc', { creditAmount: 3, idempotencyKey: 'pay-1' }));
    const second = await credits(togai, grant('c-misc', { creditAmount: 3, idempotencyKey: 'pay-1' }));
    expect(second[0].id).toBe(first[0].id);
    expect((await balance('c-misc')).availableBalance).toBe(3);
    const elsewhere = await togai('POST', '/credits', { creditRequests: [grant('c-draw', { idempotencyKey: 'pay-1' })] });
    expect(elsewhere.status).toBe(400);
  });

  it('refuses bad grants whole, naming the field', async () => {
    const cases: [object, number, RegExp][] = [
      [grant('c-misc', { creditAmount: undefined }), 400, /creditAmount must be more than 0/],
      [grant('c-misc', { creditAmount: -1 }), 400, /creditAmount/],
      [grant('nobody'), 404, /Account with id 'nobody'/],
      [grant('c-misc', { effectiveFrom: '2026-05-01', effectiveUntil: '2026-04-01' }), 400, /effectiveUntil \(2026-04-01\) must not be before/],
      [grant('c-misc', { effectiveUntil: '2026-01-02' }), 400, /already past/],
      [grant('c-misc', { creditAmount: 1e305 }), 400, /creditRequests\[1\]\.creditAmount must be at most 1000000000000/],
      [grant('c-misc', { creditAmount: 1e-7 }), 400, /creditRequests\[1\]\.creditAmount must be more than 0/],
    ];
    for (const [request, status, message] of cases) {
      const res = await togai('POST', '/credits', { creditRequests: [grant('c-misc', { creditAmount: 1000 }), request] });
      expect(res.status, JSON.stringify(request)).toBe(status);
      expect(res.body.message).toMatch(message);
    }
    const twice = await togai('POST', '/credits', { creditRequests: [grant('c-misc', { idempotencyKey: 'dup' }), grant('c-draw', { idempotencyKey: 'dup' })] });
    expect(twice.status).toBe(400);
    expect(twice.body.message).toMatch(/creditRequests\[1\]\.idempotencyKey 'dup' is also given by creditRequests\[0\]/);
    expect((await balance('c-misc')).availableBalance).toBe(3);
  });

  it('lists credits by status, account and id, 50 a page by default', async () => {
    await credits(togai, grant('c-misc', { creditAmount: 1 }), grant('c-misc', { creditAmount: 2 }));
    const all = modelled('ListCreditsResponse', await ok(togai('GET', '/credits')));
    expect(all.data).toHaveLength(12);
    expect(all.nextToken).toBeUndefined();
    const voided = await ok(togai('GET', '/credits?status=VOIDED'));
    expect(voided.data.map((c: any) => c.accountId)).toEqual(['c-misc']);
    const byId = await ok(togai('GET', `/credits?id=${all.data[0].id}`));
    expect(byId.data).toHaveLength(1);
    const paged = await ok(togai('GET', '/credits?account_id=c-order&pageSize=2'));
    expect(paged.data).toHaveLength(2);
    const rest = await ok(togai('GET', `/credits?account_id=c-order&nextToken=${encodeURIComponent(paged.nextToken)}`));
    expect(rest.data).toHaveLength(1);
    expect((await togai('GET', '/credits/cred.nope')).status).toBe(404);
    expect((await togai('GET', '/accounts/nobody/credit_balance')).status).toBe(404);
  });

  it('never draws more than an invoice total lowered by negative lines', async () => {
    const [credit] = await credits(togai, grant('c-void', { creditAmount: 100, effectiveUntil: '2026-12-31' }));
    const invoice = await dueInvoice('c-void', [{ value: 50 }, { description: 'Discount', value: -30 }]);
    expect(invoice).toMatchObject({ status: 'PAID', totalAmount: 0 });
    expect((await details(credit.id)).consumedAmount).toBe(20);
    await ok(togai('POST', `/credits/${credit.id}/void`));
  });

  it('gives back what a voided invoice drew: the credit is ACTIVE again and still expires', async () => {
    const [credit] = await credits(togai, grant('c-void', { creditAmount: 30, effectiveUntil: '2026-03-31' }));
    const invoice = await dueInvoice('c-void', [{ value: 50 }]);
    expect(invoice.totalAmount).toBe(20);
    expect((await details(credit.id)).status).toBe('CONSUMED');
    await ok(togai('PATCH', `/invoices/${invoice.id}`, { status: 'VOID' }));
    const back = await details(credit.id);
    expect(back).toMatchObject({ status: 'ACTIVE', consumedAmount: 0 });
    expect(back.transactions.map((t: any) => [t.transactionType, t.amount, t.invoiceId])).toEqual([
      ['CREDITED', 30, undefined],
      ['DEBITED', 30, invoice.id],
      ['CREDITED', 30, invoice.id],
    ]);
    expect((await balance('c-void')).availableBalance).toBe(30);
    await sandbox.clock.advanceTo(Date.parse('2026-04-01T00:00:00Z'));
    expect((await details(credit.id)).transactions.at(-1)).toMatchObject({ transactionType: 'EXPIRED', amount: 30 });
  });
});

describe('the wallet', () => {
  beforeAll(() => customer(togai, 'w-acme'));

  it('has no wallet before the first top-up', async () => {
    const res = await togai('GET', '/accounts/w-acme/wallet');
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/no wallet yet; top it up/);
    expect((await togai('PATCH', '/accounts/w-acme/wallet', { status: 'INACTIVE' })).status).toBe(404);
  });

  it('adds top-ups to the balance, each with an entry and the balance after it', async () => {
    const first = modelled('WalletBalanceResponse', await ok(togai('POST', '/accounts/w-acme/wallet_topup', { topupAmount: 50 })));
    expect(first).toMatchObject({ id: expect.stringMatching(/^wal\./), accountId: 'w-acme', customerId: 'w-acme', balance: 50, creditUnit: 'USD', status: 'ACTIVE' });
    await ok(togai('POST', '/accounts/w-acme/wallet_topup', { topupAmount: 25.5 }));
    expect((await ok(togai('GET', '/accounts/w-acme/wallet'))).balance).toBe(75.5);
    const entries = modelled('WalletEntriesPaginatedResponse', await ok(togai('GET', '/accounts/w-acme/wallet/entries')));
    expect(entries.data.map((e: any) => [e.transactionType, e.amount, e.closingBalance, e.walletId])).toEqual([
      ['CREDITED', 25.5, 75.5, first.id],
      ['CREDITED', 50, 50, first.id],
    ]);
    const one = await ok(togai('GET', '/accounts/w-acme/wallet/entries?pageSize=1'));
    expect(one.data).toHaveLength(1);
    expect(one.nextToken).toEqual(expect.any(String));
  });

  it('refuses a top-up of nothing, past the bound, and any while INACTIVE', async () => {
    for (const [topupAmount, message] of [[0, /more than 0/], [1e-7, /more than 0/], [1e308, /topupAmount must be at most 1000000000000/]] as const) {
      const res = await togai('POST', '/accounts/w-acme/wallet_topup', { topupAmount });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
    }
    const inactive = modelled('WalletBalanceResponse', await ok(togai('PATCH', '/accounts/w-acme/wallet', { status: 'INACTIVE', effectiveFrom: '2026-03-01T00:00:00Z' })));
    expect(inactive).toMatchObject({ status: 'INACTIVE', effectiveFrom: '2026-03-01T00:00:00.000Z', balance: 75.5 });
    const refused = await togai('POST', '/accounts/w-acme/wallet_topup', { topupAmount: 5 });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/INACTIVE; make it ACTIVE/);
    await ok(togai('PATCH', '/accounts/w-acme/wallet', { status: 'ACTIVE' }));
    expect((await ok(togai('POST', '/accounts/w-acme/wallet_topup', { topupAmount: 5 }))).balance).toBe(80.5);
    expect((await togai('POST', '/accounts/nobody/wallet_topup', { topupAmount: 5 })).status).toBe(404);
  });
});

describe('payments', () => {
  const ref = (n: string) => ({ sourceName: 'chargebee', sourceType: 'CARD', transactionNumber: n });
  const payment = (accountId: string, n: string, lines: { togaiId: string; amount?: number }[], totalAmount: number) => ({
    accountId,
    externalPaymentReference: ref(n),
    lineItemRecords: lines.map((l, i) => ({ type: 'INVOICE', order: i + 1, ...l })),
    currency: 'USD',
    totalAmount,
  });
  const invoiceOf = async (id: string) => ok(togai('GET', `/invoices/${id}`));
  let due: any;
  let other: any;

  beforeAll(async () => {
    await customer(togai, 'p-acme');
    await customer(togai, 'p-globex');
    due = await dueInvoice('p-acme', [{ value: 100 }]);
    other = await dueInvoice('p-globex', [{ value: 10 }]);
  });

  it('applies a part payment: paidAmount follows and the invoice is PARTIALLY_PAID', async () => {
    const paid = modelled('Payment', await ok(togai('POST', '/payments', { ...payment('p-acme', 'txn-1', [{ togaiId: due.id, amount: 40 }], 40), description: 'Card' })));
    expect(paid).toMatchObject({ id: expect.stringMatching(/^pay\./), accountId: 'p-acme', totalAmount: 40, currency: 'USD', version: 1, description: 'Card', externalPaymentReferences: ref('txn-1') });
    expect(await invoiceOf(due.id)).toMatchObject({ status: 'PARTIALLY_PAID', paidAmount: 40, totalAmount: 100 });
    expect(modelled('Payment', await ok(togai('GET', `/payments/${paid.id}?version=1`)))).toEqual(paid);
    expect((await togai('GET', `/payments/${paid.id}?version=2`)).status).toBe(404);
  });

  it('refuses what is not owed, whole, and a transaction already recorded', async () => {
    const cases: [object, number, RegExp][] = [
      [payment('p-acme', 'txn-x', [{ togaiId: due.id, amount: 61 }], 61), 400, /more than invoice .* still owes \(60\)/],
      [payment('p-acme', 'txn-x', [{ togaiId: due.id, amount: 10 }, { togaiId: due.id, amount: 51 }], 61), 400, /still owes \(50\)/],
      [payment('p-acme', 'txn-x', [{ togaiId: other.id, amount: 5 }], 5), 400, /belongs to account 'p-globex'/],
      [payment('p-acme', 'txn-x', [{ togaiId: due.id, amount: 10 }], 12), 400, /totalAmount 12 must equal/],
      [payment('p-acme', 'txn-1', [{ togaiId: due.id, amount: 10 }], 10), 400, /already recorded as payment/],
      [payment('p-acme', 'txn-x', [{ togaiId: 'inv.nope', amount: 10 }], 10), 404, /Invoice with id 'inv.nope'/],
      [payment('nobody', 'txn-x', [{ togaiId: due.id, amount: 10 }], 10), 404, /Account/],
      [{ ...payment('p-acme', 'txn-x', [{ togaiId: due.id, amount: 10 }], 10), currency: 'EUR' }, 400, /in USD; the payment is in EUR/],
      [payment('p-acme', 'txn-x', [{ togaiId: due.id, amount: 10 }], 1e13), 400, /totalAmount must be at most/],
      [payment('p-acme', 'txn-x', [{ togaiId: due.id, amount: 1e13 }], 10), 400, /lineItemRecords\[0\]\.amount must be at most/],
    ];
    for (const [body, status, message] of cases) {
      const res = await togai('POST', '/payments', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.message).toMatch(message);
    }
    expect((await invoiceOf(due.id)).paidAmount).toBe(40);
  });

  it('refuses to void or write off an invoice paid in part, which would strand the payment', async () => {
    for (const status of ['VOID', 'UN_COLLECTIBLE']) {
      const res = await togai('PATCH', `/invoices/${due.id}`, { status });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/PARTIALLY_PAID with 40 paid; the payments must be handled first/);
    }
    expect((await invoiceOf(due.id)).status).toBe('PARTIALLY_PAID');
  });

  it('pays the rest when a line leaves out its amount, making the invoice PAID, and then takes no more', async () => {
    await ok(togai('POST', '/payments', payment('p-acme', 'txn-2', [{ togaiId: due.id }], 60)));
    expect(await invoiceOf(due.id)).toMatchObject({ status: 'PAID', paidAmount: 100 });
    const more = await togai('POST', '/payments', payment('p-acme', 'txn-3', [{ togaiId: due.id, amount: 1 }], 1));
    expect(more.status).toBe(400);
    expect(more.body.message).toMatch(/is PAID; only a DUE or PARTIALLY_PAID invoice takes payments/);
  });

  it('refuses a payment for a DRAFT invoice', async () => {
    const draft = await ok(togai('POST', '/invoices', { accountId: 'p-globex', startDate: '2026-01-01T00:00:00Z', endDate: '2026-12-31T00:00:00Z', status: 'DRAFT', lineItems: [{ value: 3 }] }));
    const res = await togai('POST', '/payments', payment('p-globex', 'txn-4', [{ togaiId: draft.id, amount: 3 }], 3));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/is DRAFT/);
  });

  it('lists payments oldest first, paged', async () => {
    const all = modelled('ListPaymentResponse', await ok(togai('GET', '/payments')));
    expect(all.data.map((p: any) => p.externalPaymentReferences.transactionNumber)).toEqual(['txn-1', 'txn-2']);
    const first = await ok(togai('GET', '/payments?pageSize=1'));
    const rest = await ok(togai('GET', `/payments?nextToken=${encodeURIComponent(first.nextToken)}`));
    expect(rest.data.map((p: any) => p.id)).toEqual([all.data[1].id]);
  });
});

describe('the answers', () => {
  it('stay within the contract', () => expectConformance(sim));
});
