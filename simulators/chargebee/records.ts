/**
 * The resources the Chargebee simulator keeps, stored in Chargebee's own shape (snake_case,
 * amounts in minor units, times in Unix seconds) so a view is the record itself. Only the
 * fields handlers work with are typed; the rest pass through as Chargebee names them.
 */
export type Fields = Record<string, unknown>;

export interface CustomerRecord extends Fields {
  id: string;
  object: 'customer';
  auto_collection: 'on' | 'off';
  net_term_days: number;
  preferred_currency_code?: string;
  billing_address?: Fields;
  created_at: number;
  updated_at: number;
  resource_version: number;
  deleted: boolean;
}

export interface ItemFamilyRecord extends Fields {
  id: string;
  object: 'item_family';
  status: 'active' | 'deleted';
  deleted: boolean;
}

export type ItemType = 'plan' | 'addon' | 'charge';

export interface ItemRecord extends Fields {
  id: string;
  object: 'item';
  name: string;
  type: ItemType;
  item_family_id: string;
  status: 'active' | 'archived' | 'deleted';
  deleted: boolean;
}

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';
export type PricingModel = 'flat_fee' | 'per_unit' | 'tiered' | 'volume' | 'stairstep';

export interface TierRecord extends Fields {
  starting_unit: number;
  ending_unit?: number;
  price: number;
}

export interface ItemPriceRecord extends Fields {
  id: string;
  object: 'item_price';
  name: string;
  item_id: string;
  item_family_id: string;
  item_type: ItemType;
  pricing_model: PricingModel;
  price?: number;
  tiers?: TierRecord[];
  period?: number;
  period_unit?: PeriodUnit;
  trial_period?: number;
  trial_period_unit?: 'day' | 'month';
  currency_code: string;
  free_quantity: number;
  status: 'active' | 'archived' | 'deleted';
  created_at: number;
  deleted: boolean;
}

export interface SubscriptionItemRecord extends Fields {
  item_price_id: string;
  item_type: ItemType;
  quantity: number;
  unit_price?: number;
  amount: number;
}

export type SubscriptionStatus = 'future' | 'in_trial' | 'active' | 'non_renewing' | 'paused' | 'cancelled' | 'transferred';

export interface SubscriptionRecord extends Fields {
  id: string;
  object: 'subscription';
  customer_id: string;
  currency_code: string;
  status: SubscriptionStatus;
  subscription_items: SubscriptionItemRecord[];
  billing_period: number;
  billing_period_unit: PeriodUnit;
  current_term_start?: number;
  current_term_end?: number;
  next_billing_at?: number;
  remaining_billing_cycles?: number;
  due_invoices_count: number;
  total_dues: number;
  due_since?: number;
  updated_at: number;
  resource_version: number;
  deleted: boolean;
}

export interface LineItemRecord extends Fields {
  id: string;
  date_from: number;
  date_to: number;
  unit_amount: number;
  quantity: number;
  amount: number;
  is_taxed: boolean;
  description: string;
  entity_type: 'adhoc' | 'plan_item_price' | 'addon_item_price' | 'charge_item_price';
}

export interface LinkedPaymentRecord extends Fields {
  txn_id: string;
  applied_amount: number;
  applied_at: number;
  txn_status: string;
  txn_date: number;
  txn_amount: number;
}

export type InvoiceStatus = 'paid' | 'posted' | 'payment_due' | 'not_paid' | 'voided' | 'pending';

export interface InvoiceRecord extends Fields {
  id: string;
  object: 'invoice';
  customer_id: string;
  subscription_id?: string;
  recurring: boolean;
  status: InvoiceStatus;
  date: number;
  currency_code: string;
  sub_total: number;
  total: number;
  amount_paid: number;
  amount_due: number;
  paid_at?: number;
  line_items: LineItemRecord[];
  linked_payments: LinkedPaymentRecord[];
  updated_at: number;
  resource_version: number;
  deleted: boolean;
}

export interface TransactionRecord extends Fields {
  id: string;
  object: 'transaction';
  customer_id: string;
  subscription_id?: string;
  amount: number;
  date: number;
  status: 'success' | 'failure' | 'late_failure';
  deleted: boolean;
}

export interface EventRecord extends Fields {
  id: string;
  object: 'event';
  occurred_at: number;
  source: 'api' | 'scheduled_job';
  api_version: 'v2';
  event_type: string;
  content: Fields;
}

export interface WebhookEndpointRecord extends Fields {
  id: string;
  object: 'webhook_endpoint';
  name: string;
  url: string;
  disabled: boolean;
  enabled_events?: string[];
}
