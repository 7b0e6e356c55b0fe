/**
 * Tour steps for credits, the wallet and payments (see togai-tour.ts), run after the main tour:
 * by then the clock is in March 2026 and account acme-eu is live. A credit is granted and drawn
 * by a custom invoice made DUE, another granted and voided; the wallet is topped up and updated;
 * the invoice is paid in two payments.
 */
import type { TourStep } from './togai-tour.js';

const id = (b: any) => b.id as string;
const credit = (purpose: string, creditAmount: number, extra: object = {}) => ({
  creditRequests: [{ accountId: 'acme-eu', purpose, effectiveFrom: '2026-03-01', effectiveUntil: '2026-12-31', creditAmount, priority: 1, ...extra }],
});
const payment = (transactionNumber: string, amount: number) => ({
  accountId: 'acme-eu',
  description: 'Card payment',
  externalPaymentReference: { sourceName: 'chargebee', sourceType: 'CARD', transactionNumber },
  lineItemRecords: [{ type: 'INVOICE', togaiId: '$moneyInvoice', amount, order: 1 }],
  currency: 'USD',
  totalAmount: amount,
});

export const MONEY_TOUR: TourStep[] = [
  { label: 'grant a credit', method: 'POST', path: '/credits', status: 200, capture: { credit: (b) => b.credits[0].id }, body: credit('Prepaid Credit', 100, { idempotencyKey: 'tour-credit' }) },
  { label: 'list the credits of an account', method: 'GET', path: '/credits?account_id=acme-eu&status=ACTIVE', status: 200 },
  { label: "an account's credit balance", method: 'GET', path: '/accounts/acme-eu/credit_balance', status: 200 },
  {
    label: 'a custom invoice made DUE draws the credit',
    method: 'POST',
    path: '/invoices',
    status: 201,
    capture: { moneyInvoice: id },
    body: { accountId: 'acme-eu', startDate: '2026-03-01T00:00:00Z', endDate: '2026-03-31T00:00:00Z', status: 'DUE', lineItems: [{ description: 'Onboarding', value: 150 }] },
  },
  { label: 'get a credit with its transactions', method: 'GET', path: '/credits/$credit', status: 200 },
  { label: 'grant a credit to void', method: 'POST', path: '/credits', status: 200, capture: { spareCredit: (b) => b.credits[0].id }, body: credit('Goodwill', 10) },
  { label: 'void a credit', method: 'POST', path: '/credits/$spareCredit/void', status: 200 },
  { label: 'top up a wallet', method: 'POST', path: '/accounts/acme-eu/wallet_topup', status: 200, body: { topupAmount: 40 } },
  { label: 'read the wallet', method: 'GET', path: '/accounts/acme-eu/wallet', status: 200 },
  { label: 'list the wallet entries', method: 'GET', path: '/accounts/acme-eu/wallet/entries', status: 200 },
  { label: 'update the wallet', method: 'PATCH', path: '/accounts/acme-eu/wallet', status: 200, body: { status: 'ACTIVE', effectiveFrom: '2026-03-05T00:00:00Z' } },
  { label: 'pay part of the invoice', method: 'POST', path: '/payments', status: 201, capture: { payment: id }, body: payment('tour-txn-1', 20) },
  { label: 'pay the rest of the invoice', method: 'POST', path: '/payments', status: 201, body: payment('tour-txn-2', 30) },
  { label: 'list payments', method: 'GET', path: '/payments', status: 200 },
  { label: 'get a payment', method: 'GET', path: '/payments/$payment?version=1', status: 200 },
  { label: 'get the paid invoice', method: 'GET', path: '/invoices/$moneyInvoice', status: 200 },
];
