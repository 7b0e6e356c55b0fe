/**
 * Object Query: filter[], sort[] and fields[] (guide_expand-filter-fields-sort.md) and cursor
 * paging. The contract does not attach the bracketed parameters to the operations yet, so they
 * are tested on the logic and through in-process calls that skip validation; paging, keys and
 * includeNullFields go through the full pipeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { SimError } from '../simulators/kit/errors.js';
import { cursorPage } from '../simulators/zuora/query-cursor.js';
import { matchesAll, parseFilters, parseSort, selectFields } from '../simulators/zuora/query-filter.js';
import { inScope } from '../simulators/zuora/scope.js';
import { accountBody, failure, inProcessZuora, zuoraSandbox } from './support/zuora.js';

const views = [
  { id: 'a1', accountNumber: 'A00000001', name: 'Oh Canada', currency: 'CAD', balance: 10, lastInvoiceDate: '2024-04-01', updatedDate: '2026-01-01T00:00:00+00:00', crmId: null, Tier__c: 'Gold' },
  { id: 'a2', accountNumber: 'A00000002', name: 'Toronto Storage', currency: 'CAD', balance: 250, lastInvoiceDate: '2024-05-01', updatedDate: '2026-01-02T00:00:00+00:00', crmId: 'crm-2', Tier__c: '' },
  { id: 'a3', accountNumber: 'A00000003', name: 'Amy', currency: 'GBP', balance: 200, updatedDate: '2026-01-03T00:00:00+00:00', crmId: 'crm-3' },
];
const FIELDS = ['id', 'accountnumber', 'name', 'currency', 'balance', 'lastinvoicedate', 'updateddate', 'crmid'];
const ids = (filters: string[]) => views.filter((v) => matchesAll(v, parseFilters(filters, FIELDS))).map((v) => v.id);

const scoped = zuoraSandbox();

/** Run logic that answers in Zuora's error shape, and return the message it gave. */
function refusal(run: () => unknown): string {
  const { sim } = scoped;
  try {
    inScope({ family: 'query', state: sim.state }, run);
  } catch (e) {
    if (e instanceof SimError) return (e.body as { reasons: { message: string }[] }).reasons[0]!.message;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('filter[], sort[] and fields[]', () => {
  it('applies every documented operator, case-insensitively where the guide says so', () => {
    expect(ids(['accountNumber.EQ:a00000001'])).toEqual(['a1']);
    expect(ids(['currency.NE:cad'])).toEqual(['a3']);
    expect(ids(['balance.GT:100'])).toEqual(['a2', 'a3']);
    expect(ids(['balance.GE:200', 'balance.LT:250'])).toEqual(['a3']);
    expect(ids(['balance.LE:10'])).toEqual(['a1']);
    expect(ids(['name.SW:to'])).toEqual(['a2']);
    expect(ids(['currency.IN:[GBP,EUR]'])).toEqual(['a3']);
    expect(ids(['name.EQ:Oh Canada'])).toEqual(['a1']);
    expect(ids(['lastinvoicedate.LT:2024-04-22'])).toEqual(['a1']);
    expect(ids(['updateddate.GT:2026-01-01T12:00:00Z'])).toEqual(['a2', 'a3']);
    expect(ids(['crmid.EQ:null'])).toEqual(['a1']);
    expect(ids(['crmid.NE:null'])).toEqual(['a2', 'a3']);
    expect(ids(['Tier__c.EQ:\u0002\u0003'])).toEqual(['a2']);
    expect(ids(['currency.EQ:CAD', 'balance.GT:100'])).toEqual(['a2']);
    expect(ids([])).toEqual(['a1', 'a2', 'a3']);
  });

  it('refuses filters it cannot apply, saying what would be right', () => {
    expect(refusal(() => parseFilters('currency=CAD', FIELDS))).toMatch(/'currency=CAD' is not a filter: write <field>.<operator>:<value>/);
    expect(refusal(() => parseFilters('currency.XX:CAD', FIELDS))).toMatch(/uses the operator XX; use one of EQ, NE, LT, GT, SW, IN, GE, LE/);
    expect(refusal(() => parseFilters('notes.EQ:x', FIELDS))).toMatch(/'notes' cannot be filtered on; filterable fields are id, accountnumber/);
    expect(refusal(() => parseFilters('currency.IN:CAD,GBP', FIELDS))).toMatch(/IN takes a bracketed list/);
    expect(refusal(() => matchesAll(views[0]!, parseFilters('name.LT:Z', FIELDS)))).toMatch(/LT compares numbers and dates/);
  });

  it('sorts on one listed field and narrows to the fields asked for', () => {
    expect(parseSort('accountNumber.desc', FIELDS)).toEqual({ field: 'accountnumber', order: 'DESC' });
    expect(parseSort(undefined, FIELDS)).toBeUndefined();
    expect(refusal(() => parseSort(['name.ASC', 'id.ASC'], FIELDS))).toMatch(/sorts on one field only/);
    expect(refusal(() => parseSort('name.UP', FIELDS))).toMatch(/write <field>.ASC or <field>.DESC/);
    expect(selectFields(views[0]!, ['id,NAME', 'balance'])).toEqual({ id: 'a1', name: 'Oh Canada', balance: 10 });
  });

  it('pages with a cursor: newest updatedDate first by default, or in the sort asked for', () => {
    const first = cursorPage(views, { pageSize: 2 });
    expect(first.rows.map((v) => v.id)).toEqual(['a3', 'a2']);
    const keys = JSON.parse(Buffer.from(first.nextPage!, 'base64').toString());
    expect(keys).toEqual([
      { value: '2026-01-02T00:00:00+00:00', orderBy: { field: 'UpdatedDate', order: 'DESC' } },
      { value: 'a2', orderBy: { field: 'Id', order: 'DESC' } },
    ]);
    expect(cursorPage(views, { pageSize: 2, cursor: first.nextPage })).toEqual({ rows: [views[0]] });
    const byBalance = cursorPage(views, { pageSize: 1 }, { field: 'balance', order: 'ASC' });
    expect(byBalance.rows.map((v) => v.id)).toEqual(['a1']);
    expect(cursorPage(views, { pageSize: 1, cursor: byBalance.nextPage }, { field: 'balance', order: 'ASC' }).rows.map((v) => v.id)).toEqual(['a3']);
    expect(refusal(() => cursorPage(views, { cursor: byBalance.nextPage }))).toMatch(/cursor is not one this query issued/);
    expect(refusal(() => cursorPage(views, { cursor: 'not base64 json' }))).toMatch(/pass back the nextPage value/);
  });
});

describe('Object Query operations', () => {
  const { sim, server, zuora } = inProcessZuora({ seed: 15 });
  const query = (operationId: string, query: Record<string, string | string[]>) => sim.call(operationId, { query }, { validate: false });
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await zuora('POST', '/v1/accounts', accountBody({ name: 'Oh Canada', currency: 'CAD', crmId: 'crm-1' }));
    await zuora('POST', '/v1/accounts', accountBody({ name: 'Toronto Storage', currency: 'CAD' }));
    await zuora('POST', '/v1/accounts', accountBody({ name: 'London Ltd', currency: 'GBP', Region__c: 'UK' }));
    await zuora('POST', '/v1/object/usage', { AccountNumber: 'A00000001', UOM: 'Each', Quantity: 5, StartDateTime: '2026-01-05T00:00:00Z' });
    await zuora('POST', '/v1/object/usage', { AccountNumber: 'A00000002', UOM: 'GB', Quantity: 500, StartDateTime: '2026-01-06T00:00:00Z' });
    await zuora('POST', '/v1/invoices', { accountNumber: 'A00000003', invoiceDate: '2026-01-31', status: 'Posted', invoiceItems: [{ amount: 40 }] });
  });
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('filters, sorts and narrows accounts as the guide’s examples do', async () => {
    const byNumber = await query('queryAccounts', { 'filter[]': 'accountNumber.EQ:A00000001' });
    expect(byNumber.body.data.map((a: { name: string }) => a.name)).toEqual(['Oh Canada']);
    const canadian = await query('queryAccounts', { 'filter[]': 'currency.EQ:CAD', 'sort[]': 'name.DESC', 'account.fields[]': 'name,accountNumber,balance' });
    expect(canadian.body).toEqual({ data: [{ name: 'Toronto Storage', accountNumber: 'A00000002', balance: 0 }, { name: 'Oh Canada', accountNumber: 'A00000001', balance: 0 }] });
    const either = await query('queryAccounts', { 'filter[]': ['currency.IN:[GBP,EUR]', 'balance.GT:0'] });
    expect(either.body.data).toEqual([expect.objectContaining({ accountNumber: 'A00000003', balance: 40, lastInvoiceDate: '2026-01-31', Region__c: 'UK' })]);
    expect((await query('queryAccounts', { 'filter[]': 'region__c.EQ:uk' })).body.data).toHaveLength(1);
    expect((await query('queryAccounts', { 'filter[]': 'crmid.EQ:null' })).body.data).toHaveLength(2);
    const refused = await query('queryAccounts', { 'filter[]': 'notes.EQ:x' });
    expect(refused).toEqual({ status: 400, body: failure(50000027, "'notes' cannot be filtered on") });
    expect(await query('queryAccounts', { 'expand[]': 'billto' })).toEqual({ status: 400, body: failure(50000027, 'expand[] is not supported by this Zuora simulator') });
  });

  it('filters usage, invoices and subscriptions on their documented fields', async () => {
    expect((await query('queryUsages', { 'filter[]': 'quantity.GE:100' })).body.data).toEqual([expect.objectContaining({ accountNumber: 'A00000002', uOM: 'GB' })]);
    expect((await query('queryUsages', { 'filter[]': 'uom.EQ:each', 'fields[]': 'id,quantity' })).body.data).toEqual([{ id: expect.any(String), quantity: 5 }]);
    expect((await query('queryInvoices', { 'filter[]': ['invoicedate.LT:2026-02-01', 'status.EQ:Posted'] })).body.data).toEqual([expect.objectContaining({ amount: 40 })]);
    expect((await query('queryInvoices', { 'filter[]': 'amount.GT:40' })).body.data).toEqual([]);
    expect((await query('querySubscriptions', { 'filter[]': 'status.EQ:Active' })).body).toEqual({ data: [] });
  });

  it('pages accounts over the real pipeline with pageSize and the nextPage cursor', async () => {
    const first = await zuora('GET', '/object-query/accounts?pageSize=2');
    expect(first.body.data).toHaveLength(2);
    const rest = await zuora('GET', `/object-query/accounts?pageSize=2&cursor=${encodeURIComponent(first.body.nextPage)}`);
    expect(rest.body.nextPage).toBeUndefined();
    const all = [...first.body.data, ...rest.body.data].map((a: { accountNumber: string }) => a.accountNumber);
    expect(all.sort()).toEqual(['A00000001', 'A00000002', 'A00000003']);
    expect(await zuora('GET', '/object-query/accounts?pageSize=100')).toMatchObject({ status: 400, body: failure(50000027, "query parameter 'pageSize' must be <= 99") });
    expect(await zuora('GET', '/object-query/accounts?cursor=bm9wZQ==')).toMatchObject({ status: 400, body: failure(50000027, 'cursor is not one this query issued') });
  });

  it('finds one record by ID or number, and answers 404 for an unknown key', async () => {
    const a1 = sim.state.account('A00000001')!.id;
    for (const key of [a1, 'A00000001']) expect((await zuora('GET', `/object-query/accounts/${key}`)).body).toMatchObject({ id: a1, accountNumber: 'A00000001' });
    expect((await zuora('GET', '/object-query/accounts/A00000002')).body.crmId).toBeUndefined();
    expect((await zuora('GET', '/object-query/accounts/A00000002?includeNullFields=true')).body.crmId).toBeNull();
    expect(await zuora('GET', '/object-query/usages/A00000001')).toMatchObject({ status: 404, body: failure(50000040, "No usage with the ID or number 'A00000001' exists") });
    expect(await zuora('GET', '/object-query/invoices/INV00000009')).toMatchObject({ status: 404 });
  });
});
