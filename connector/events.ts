import type { TogaiAccount, TogaiInvoice } from './clients/togai.js';
import type { ChargebeeCustomer, ChargebeeInvoice } from './clients/chargebee.js';

/** The body of the Zuora "account created" callout, as the integration guide's custom body sets it. */
export interface ZuoraAccountCallout {
  accountId: string;
}

/** Togai notifications (contracts/connector.yaml, receiveTogaiNotification). */
export interface TogaiAccountCreated {
  id: string;
  type: 'account.created';
  createdAt: string;
  data: { customerId: string; account: TogaiAccount };
}

export interface TogaiInvoiceGenerated {
  id: string;
  type: 'invoice.generated';
  createdAt: string;
  data: { invoice: TogaiInvoice };
}

export type TogaiNotification = TogaiAccountCreated | TogaiInvoiceGenerated;

/** A Chargebee webhook event: the event resource with the resources it concerns. */
export interface ChargebeeEvent {
  id: string;
  event_type: string;
  occurred_at: number;
  content: {
    customer?: ChargebeeCustomer;
    invoice?: ChargebeeInvoice;
    transaction?: { id: string; date: number; amount: number; status: string; currency_code: string };
  };
}
