import { describe, expect, it } from 'vitest';
import {
  checkAgainstModel,
  modelPageExists,
  referenceModel,
  referenceModelNames,
  referenceOperations,
  type FieldType,
} from './support/togai-reference.js';

const customer = () => ({
  id: 'cus_1',
  togaiCustomerId: 'tcus_1',
  name: 'Acme',
  primaryEmail: 'billing@acme.test',
  billingAddress: '1 Main St',
  address: { line1: '1 Main St', country: 'US' },
  status: 'ACTIVE',
  createdAt: '2024-01-02T03:04:05Z',
  updatedAt: '2024-01-02T03:04:05.123+05:30',
});

const lineItem = (extra: Record<string, unknown> = {}) => ({ description: 'Total', type: 'TOTAL_AMOUNT', value: 10, lineItems: [], ...extra });

const invoice = (extra: Record<string, unknown> = {}) => ({
  id: 'inv_1',
  status: 'DUE',
  invoiceClass: 'INVOICE',
  invoiceType: 'STANDARD',
  invoiceDate: '2024-02-01T00:00:00Z',
  updatedAt: '2024-02-01T00:00:00Z',
  totalAmount: 10.5,
  paidAmount: 0,
  netTermDays: 30,
  ...extra,
});

describe('checkAgainstModel', () => {
  it('accepts a correct Customer', () => {
    expect(checkAgainstModel('Customer', customer())).toEqual([]);
  });

  it('flags a missing required field', () => {
    const { primaryEmail: _, ...value } = customer();
    expect(checkAgainstModel('Customer', value)).toEqual(['customer.primaryEmail: required by Customer but missing']);
  });

  it('flags values of the wrong type', () => {
    const value = { ...customer(), name: 42, createdAt: '2024-01-02', updatedAt: '2024-01-02T03:04:05' };
    const found = checkAgainstModel('Customer', value);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^customer\.name: expected str/);
    expect(found[1]).toMatch(/^customer\.createdAt: expected datetime/);
    expect(found[2]).toMatch(/^customer\.updatedAt: expected datetime/);
  });

  it('tells int from float and checks Dict[str, str] values', () => {
    const account = { id: 'a', togaiAccountId: 'ta', togaiCustomerId: 'tc', name: 'A', customerId: 'c', status: 'ACTIVE' };
    expect(checkAgainstModel('Account', { ...account, netTermDays: 30, metadata: { gstn: 'x' } })).toEqual([]);
    const found = checkAgainstModel('Account', { ...account, netTermDays: 1.5, metadata: { gstn: 7 } });
    expect(found).toEqual([
      'account.netTermDays: expected int, got 1.5',
      'account.metadata.gstn: expected str, got 7',
    ]);
  });

  it('flags a field the model does not define, with its nested path', () => {
    const account = { id: 'a', togaiAccountId: 'ta', togaiCustomerId: 'tc', name: 'A', customerId: 'c', status: 'ACTIVE' };
    const found = checkAgainstModel('Account', { ...account, aliases: [{ alias: 'x' }, { alias: 'y', status: 'ACTIVE' }] });
    expect(found).toEqual(['account.aliases[1].status: not a field of AccountAliases']);
    expect(checkAgainstModel('Customer', { ...customer(), invented: true })).toEqual(['customer.invented: not a field of Customer']);
  });

  it('flags a value outside an enum model', () => {
    expect(checkAgainstModel('Invoice', invoice())).toEqual([]);
    expect(checkAgainstModel('Invoice', invoice({ status: 'OPEN' }))).toEqual([
      expect.stringMatching(/^invoice\.status: "OPEN" is not a InvoicesStatus \(DRAFT, DUE, PAID/),
    ]);
    expect(checkAgainstModel('InvoicesStatus', 'PAID')).toEqual([]);
  });

  it('checks an inline enum from the Notes column', () => {
    expect(checkAgainstModel('RateCardBundleAggregation', { value: 'MAX' })).toEqual([]);
    expect(checkAgainstModel('RateCardBundleAggregation', { value: 'MEDIAN' })).toEqual([
      'rateCardBundleAggregation.value: "MEDIAN" is not one of MAX, MIN, SUM, AVG',
    ]);
  });

  it('recurses into lists of nested models', () => {
    const nested = invoice({ usageInfo: [lineItem({ lineItems: [lineItem(), lineItem({ value: 'ten' })] })] });
    expect(checkAgainstModel('Invoice', nested)).toEqual([
      'invoice.usageInfo[0].lineItems[1].value: expected float, got "ten"',
    ]);
    expect(checkAgainstModel('Invoice', invoice({ usageInfo: lineItem() }))).toEqual([
      expect.stringMatching(/^invoice\.usageInfo: expected List\[InvoiceLineItem\]/),
    ]);
  });

  it('flags null unless the field is optional and documented as possibly null', () => {
    expect(checkAgainstModel('Customer', { ...customer(), status: null })).toEqual([
      'customer.status: required by Customer but null',
    ]);
    const account = { id: 'a', togaiAccountId: 'ta', togaiCustomerId: 'tc', name: 'A', customerId: 'c', status: 'ACTIVE' };
    expect(checkAgainstModel('Account', { ...account, primaryEmail: null })).toEqual([
      'account.primaryEmail: null, but nothing in the reference says the API sends null here',
    ]);
    // Alert.validity: "if null then alert will be valid forever".
    const alert = { id: 'al', version: 1, status: 'ACTIVE', alertTemplateId: 't', interval: 5, createdAt: '2024-01-01T00:00:00Z' };
    expect(checkAgainstModel('Alert', { ...alert, validity: null })).toEqual([]);
  });

  it('checks a composed model against its own page, where the merged fields are listed', () => {
    const event = {
      referenceId: 'r',
      eventPayload: { schemaName: 's', id: 'e', timestamp: '2024-01-01T00:00:00Z', accountId: 'a', attributes: [], dimensions: {} },
      ingestionStatus: { status: 'PROCESSED' },
      createdAt: '2024-01-01T00:00:00Z',
    };
    expect(checkAgainstModel('GetEventResponse', { events: [{ ...event, eventPipelineInfo: {} }] })).toEqual([]);
    expect(checkAgainstModel('GetEventResponse', { events: [event] })).toEqual([
      'getEventResponse.events[0].eventPipelineInfo: required by EventWithStatusAndEventPipelineInfo but missing',
    ]);
  });

  it('allows extra keys only where a page has an "any string name" row, with that row\'s type', () => {
    expect(checkAgainstModel('Dimensions', { region: 'eu' })).toEqual([]);
    expect(checkAgainstModel('Dimensions', { region: 3 })).toEqual(['dimensions.region: expected str, got 3']);
    expect(checkAgainstModel('StatusResponse', { greeting: 'hi', anything: null, more: [1] })).toEqual([]);
  });

  it('parses each page once', () => {
    expect(referenceModel('Customer')).toBe(referenceModel('Customer'));
    expect(referenceOperations()).toBe(referenceOperations());
  });
});

describe('referenceOperations', () => {
  it('parses getCustomer', () => {
    const op = referenceOperations().find((o) => o.operationId === 'getCustomer');
    expect(op).toMatchObject({ method: 'GET', path: '/customers/{customer_id}', returnModel: 'Customer', group: 'Customers' });
    expect(op?.statusCodes).toContain(200);
    expect(op?.hasDefaultResponse).toBe(true);
  });

  it('finds every operation with a unique id, a method, a path and a success or redirect status', () => {
    const ops = referenceOperations();
    expect(ops.length).toBeGreaterThan(100);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    for (const op of ops) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op.path).toMatch(/^\//);
      expect(op.statusCodes.some((c) => c >= 200 && c < 400), op.operationId).toBe(true);
    }
    expect(ops.find((o) => o.operationId === 'createCustomer')?.statusCodes).toContain(201);
  });

  it('has a page for every model an operation returns', () => {
    const missing = referenceOperations().filter((o) => o.returnModel && !modelPageExists(o.returnModel));
    expect(missing.map((o) => `${o.operationId} -> ${o.returnModel}`)).toEqual([]);
  });
});

describe('model pages', () => {
  const refs = (t: FieldType): string[] =>
    t.kind === 'model' ? [t.name]
    : t.kind === 'list' ? refs(t.item)
    : t.kind === 'dict' ? refs(t.value)
    : t.kind === 'union' ? t.options.flatMap(refs)
    : [];

  it('all parse, and every model a field refers to has a page', () => {
    const dangling: string[] = [];
    for (const name of referenceModelNames()) {
      const model = referenceModel(name);
      if (model.kind === 'enum') expect(model.values.length, name).toBeGreaterThan(0);
      else for (const f of model.fields.values()) for (const r of refs(f.type)) if (!modelPageExists(r)) dangling.push(`${name}.${f.name} -> ${r}`);
    }
    expect(dangling).toEqual([]);
  });
});
