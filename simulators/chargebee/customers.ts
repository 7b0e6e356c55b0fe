import type { ChargebeeHandlers } from './operations.js';
import { duplicate, notFound } from './errors.js';
import { emit } from './events.js';
import { listAnswer } from './paging.js';
import { copyGiven, jsonText, refuseUnmodelled, requireText, rowsOf } from './params.js';
import type { CustomerRecord, Fields, SubscriptionRecord } from './records.js';
import { nowSec, touch, type ChargebeeContext } from './state.js';

// the scalar fields create and update take as they are
const CREATE_FIELDS = [
  'first_name', 'last_name', 'email', 'preferred_currency_code', 'phone', 'company', 'auto_collection', 'net_term_days',
  'allow_direct_debit', 'vat_number', 'vat_number_prefix', 'entity_identifier_scheme', 'entity_identifier_standard',
  'registered_for_gst', 'is_einvoice_enabled', 'einvoicing_method', 'taxability', 'customer_type', 'client_profile_id',
  'taxjar_exemption_category', 'business_customer_without_vat_number', 'locale', 'entity_code', 'exempt_number',
  'offline_payment_method', 'auto_close_invoices', 'consolidated_invoicing', 'business_entity_id', 'created_from_ip', 'invoice_notes',
] as const;
const UPDATE_FIELDS = [
  'first_name', 'last_name', 'email', 'preferred_currency_code', 'phone', 'company', 'auto_collection', 'allow_direct_debit',
  'net_term_days', 'taxability', 'customer_type', 'client_profile_id', 'taxjar_exemption_category', 'locale', 'entity_code',
  'exempt_number', 'offline_payment_method', 'invoice_notes', 'auto_close_invoices', 'fraud_flag', 'consolidated_invoicing',
] as const;

/** A customer that exists and is not deleted (Chargebee answers 404 for deleted ones). */
export function findCustomer(ctx: ChargebeeContext, id: string, param?: string): CustomerRecord {
  const customer = ctx.state.get<CustomerRecord>('customer', id);
  if (!customer || customer.deleted) throw notFound('Customer', id, param);
  return customer;
}

function rowsAsObjects(group: unknown): Fields[] {
  return rowsOf(group).map((row) => row.fields);
}

/** The JSON-text and list parameters both create and update take. */
function applyStructured(customer: CustomerRecord, body: Record<string, unknown>): void {
  if (body.meta_data !== undefined) customer.meta_data = jsonText(body.meta_data, 'meta_data', 'object');
  if (body.exemption_details !== undefined) customer.exemption_details = jsonText(body.exemption_details, 'exemption_details', 'array');
  if (body.tax_providers_fields !== undefined) customer.tax_providers_fields = rowsAsObjects(body.tax_providers_fields);
}

export const customerHandlers = {
  createCustomer(req, ctx) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    // a token creates a card, which this simulator does not model
    refuseUnmodelled(body, ['token_id']);
    requireText(body, ['id']);
    const id = body.id === undefined ? ctx.random.base62(16) : String(body.id);
    if (ctx.state.store.has('customer', id)) throw duplicate('id', id);
    const now = nowSec(ctx);
    const customer: CustomerRecord = {
      id,
      object: 'customer',
      auto_collection: 'on',
      net_term_days: 0,
      allow_direct_debit: false,
      taxability: 'taxable',
      preferred_currency_code: ctx.state.site.baseCurrency,
      pii_cleared: 'active',
      channel: 'web',
      card_status: 'no_card',
      promotional_credits: 0,
      refundable_credits: 0,
      excess_payments: 0,
      unbilled_charges: 0,
      created_at: now,
      updated_at: now,
      resource_version: ctx.now(),
      deleted: false,
    };
    copyGiven(customer, body, CREATE_FIELDS);
    applyStructured(customer, body);
    if (body.billing_address !== undefined) customer.billing_address = { ...(body.billing_address as Fields), object: 'billing_address' };
    if (body.entity_identifiers !== undefined) customer.entity_identifiers = rowsAsObjects(body.entity_identifiers);
    ctx.state.add('customer', customer);
    emit(ctx, 'customer_created', { customer });
    return { status: 200, body: { customer } };
  },

  listCustomers(req, ctx) {
    return listAnswer(ctx.state, ctx.state.store.values<CustomerRecord>('customer'), req.query, {
      entry: (customer) => ({ customer }),
      deletable: true,
    });
  },

  retrieveCustomer(req, ctx) {
    return { status: 200, body: { customer: findCustomer(ctx, req.params['customer-id']!) } };
  },

  updateCustomer(req, ctx) {
    const customer = findCustomer(ctx, req.params['customer-id']!);
    const body = (req.body ?? {}) as Record<string, unknown>;
    // parse first, so a refused JSON field leaves the customer unchanged
    const staged: CustomerRecord = { ...customer };
    copyGiven(staged, body, UPDATE_FIELDS);
    applyStructured(staged, body);
    Object.assign(customer, staged);
    touch(ctx, customer);
    emit(ctx, 'customer_changed', { customer });
    return { status: 200, body: { customer } };
  },

  /** Deleting keeps the record (deleted: true, listed with include_deleted) and ends its subscriptions. */
  deleteCustomer(req, ctx) {
    const customer = findCustomer(ctx, req.params['customer-id']!);
    customer.deleted = true;
    touch(ctx, customer);
    for (const sub of ctx.state.store.values<SubscriptionRecord>('subscription')) {
      if (sub.customer_id === customer.id && !sub.deleted) {
        sub.deleted = true;
        touch(ctx, sub);
      }
    }
    emit(ctx, 'customer_deleted', { customer });
    return { status: 200, body: { customer } };
  },
} satisfies Partial<ChargebeeHandlers>;
