import { money } from '../formats.js';
import { advancePast, call, eventually, find, settingOf, TOGAI_CURRENCY, type Story, type StorySims } from './story.js';

/** The Chargebee demo's plan item price (simulators/chargebee/demo-data.ts), mapped to a Togai price plan by the Togai demo. */
const ITEM_PRICE = 'demo-plan-USD-monthly';

interface TogaiInvoice {
  id: string;
  status: string;
  invoiceType: string;
  totalAmount: number;
  endDate?: string;
}

interface Run {
  sims: StorySims;
  customerId: string;
  company: string;
  chargebeeInvoiceId?: string;
  planId?: string;
  featureId?: string;
  /** Togai invoices already raised in Chargebee, so each step reports only its own. */
  seen: Set<string>;
}

const COMPANIES = ['Analytical Engines', 'Difference Works', 'Jacquard Looms', 'Babbage & Co'];

async function togaiInvoices(r: Run): Promise<TogaiInvoice[]> {
  return (await call(r.sims, 'togai', 'listInvoices', { query: { owner_id: r.customerId } })).data;
}

/** The Chargebee invoice flow 8 raised for a Togai invoice: the one with its ID as the PO number. */
async function chargebeeInvoiceFor(r: Run, togaiInvoiceId: string): Promise<{ id: string; total: number; status: string; currency_code: string } | undefined> {
  const list = (await call(r.sims, 'chargebee', 'listInvoices', { query: { 'customer_id[is]': r.customerId, limit: '100' } })).list as { invoice: { id: string; po_number?: string; total: number; status: string; currency_code: string } }[];
  return list.map((e) => e.invoice).find((i) => i.po_number === togaiInvoiceId);
}

/**
 * Each generated Togai invoice of the account not reported yet, with what flow 8 made of it: a
 * Chargebee invoice of its amount, or none for an invoice of nothing (Chargebee cannot invoice 0).
 */
async function raisedInChargebee(r: Run): Promise<string> {
  const generated = (await togaiInvoices(r)).filter((i) => i.status !== 'DRAFT' && !r.seen.has(i.id));
  if (generated.length === 0) throw new Error(`Togai generated no invoice for account ${r.customerId}`);
  const lines: string[] = [];
  for (const invoice of generated) {
    r.seen.add(invoice.id);
    const what = `Togai ${invoice.invoiceType === 'STANDARD_ADVANCED' ? 'in-advance' : 'cycle'} invoice ${invoice.id} (${money(invoice.totalAmount, TOGAI_CURRENCY)})`;
    if (invoice.totalAmount === 0) {
      lines.push(`${what}: nothing to bill`);
      continue;
    }
    const raised = await eventually(r.sims, `Chargebee invoice with PO number ${invoice.id}`, () => chargebeeInvoiceFor(r, invoice.id));
    lines.push(`${what} is Chargebee invoice ${raised.id} (${money(raised.total / 100, raised.currency_code)}, ${raised.status})`);
  }
  return lines.join('; ');
}

/** Flows 6, 7 and 8: a Chargebee customer pays for the demo plan, uses its prepaid credits in Togai, and Togai's invoices come back to Chargebee. */
export const chargebeePlanStory: Story<Run> = {
  id: 'chargebee-plan-usage-invoice',
  title: 'A Chargebee customer pays for a plan, uses it, and is invoiced in Chargebee',
  start(n, sims) {
    // the clock tells runs apart after a reset (the count starts again only with the process)
    const stamp = Math.floor(sims.kit.clock.now() / 1000).toString(36);
    return { sims, customerId: `story-cb-${n}-${stamp}`, company: `${COMPANIES[(n - 1) % COMPANIES.length]} ${n}`, seen: new Set() };
  },
  steps: [
    {
      title: 'Chargebee: a customer is created',
      async run(r) {
        const { customer } = await call(r.sims, 'chargebee', 'createCustomer', {
          body: { id: r.customerId, first_name: 'Ada', last_name: 'Lovelace', email: `billing@${r.customerId}.example.com`, company: r.company, preferred_currency_code: 'USD' },
        });
        return `Chargebee customer ${customer.id} "${customer.company}"; customer_created goes to the connector`;
      },
    },
    {
      title: 'Flow 6: the customer is a Togai customer and account, mapped to Chargebee',
      async run(r) {
        const account = await eventually(r.sims, `Togai account ${r.customerId}`, async () => {
          const found = await find(r.sims, 'togai', 'getAccount', { params: { account_id: r.customerId } });
          return settingOf(found?.settings, 'chargebee', 'customerId') === r.customerId ? found : undefined;
        });
        return `Togai customer ${account.customerId}, account ${account.id} "${account.name}" (${account.invoiceCurrency}) with setting chargebee.customerId = ${r.customerId}`;
      },
    },
    {
      title: 'Flow 2: the new Togai account becomes a Zuora account',
      async run(r) {
        const zuoraId = await eventually(r.sims, `Zuora mapping of Togai account ${r.customerId}`, async () => {
          const account = await call(r.sims, 'togai', 'getAccount', { params: { account_id: r.customerId } });
          return settingOf(account.settings, 'zuora', 'accountId');
        });
        const zuora = await call(r.sims, 'zuora', 'getAccount', { params: { 'account-key': zuoraId } });
        return `Zuora account ${zuora.basicInfo.accountNumber} (id ${zuoraId}) with TogaiAccountId__c = ${zuora.basicInfo.TogaiAccountId__c}; Togai setting zuora.accountId = ${zuoraId}`;
      },
    },
    {
      title: `Chargebee: the customer subscribes to the demo plan (${ITEM_PRICE})`,
      async run(r) {
        const body = await call(r.sims, 'chargebee', 'createSubscriptionWithItems', {
          params: { 'customer-id': r.customerId },
          body: { subscription_items: { item_price_id: [ITEM_PRICE], quantity: [1] } },
        });
        if (!body.invoice) throw new Error(`Chargebee subscription ${body.subscription.id} raised no invoice to pay`);
        r.chargebeeInvoiceId = body.invoice.id;
        return `Chargebee subscription ${body.subscription.id} (${body.subscription.status}), invoice ${body.invoice.id} of ${money(body.invoice.total / 100, body.invoice.currency_code)} ${body.invoice.status}`;
      },
    },
    {
      title: 'Chargebee: the invoice is paid; flow 7 puts the Togai account on the price plan mapped to the item price',
      async run(r) {
        const { transaction } = await call(r.sims, 'chargebee', 'recordInvoicePayment', { params: { 'invoice-id': r.chargebeeInvoiceId! }, body: { transaction: { payment_method: 'cash' } } });
        const mapped = (await call(r.sims, 'togai', 'listSetting', { query: { entity_type: 'PRICE_PLAN', namespace: 'chargebee', setting_id: 'itemPriceId' } })).data as { entityId: string; value: string }[];
        const planId = mapped.find((s) => s.value === ITEM_PRICE)?.entityId;
        if (!planId) throw new Error(`no Togai price plan has setting chargebee.itemPriceId = ${ITEM_PRICE}; seed the Togai demo data`);
        r.planId = planId;
        await eventually(r.sims, `Togai account ${r.customerId} on price plan ${planId}`, async () => {
          const schedules = (await call(r.sims, 'togai', 'listaccountSchedules', { params: { account_id: r.customerId }, query: { mode: 'ACTIVE' } })).data as { pricePlanId: string }[];
          return schedules.some((s) => s.pricePlanId === planId) || undefined;
        });
        const plan = await call(r.sims, 'togai', 'getPricePlanV2', { params: { price_plan_id: planId } });
        return `Chargebee payment ${transaction.id} (${money(transaction.amount / 100, transaction.currency_code)}); Togai account ${r.customerId} is on price plan "${plan.name}" (${planId}, chargebee.itemPriceId = ${ITEM_PRICE})`;
      },
    },
    {
      title: 'Flow 8: Togai bills the plan in advance, and that invoice is raised in Chargebee',
      run: raisedInChargebee,
    },
    {
      title: 'Togai: the customer uses the prepaid API calls',
      async run(r) {
        const features = (await call(r.sims, 'togai', 'getFeatures')).data as { id: string; name: string }[];
        const feature = features.find((f) => f.name === 'API calls');
        if (!feature) throw new Error('Togai has no feature "API calls"; seed the Togai demo data');
        r.featureId = feature.id;
        const before = await call(r.sims, 'togai', 'getFeatureCredits', { params: { account_id: r.customerId, feature_id: feature.id } });
        const uses = [250, 400];
        for (const [i, value] of uses.entries()) {
          const event = { id: `${r.customerId}-call-${i + 1}`, schemaName: 'api_call', timestamp: r.sims.kit.clock.iso(), accountId: r.customerId, attributes: [{ name: 'calls', value: String(value) }], dimensions: {} };
          await call(r.sims, 'togai', 'ingestEntitledEvent', { body: { event } });
        }
        const after = await call(r.sims, 'togai', 'getFeatureCredits', { params: { account_id: r.customerId, feature_id: feature.id } });
        return `${uses.length} events of ${uses.join(' and ')} API calls taken by /entitled; credits ${before.balance} -> ${after.balance} of ${after.granted} granted`;
      },
    },
    {
      title: "The clock moves to the end of the plan's billing cycle",
      async run(r) {
        const open = (await togaiInvoices(r)).find((i) => i.status === 'DRAFT' && i.endDate);
        if (!open) throw new Error(`Togai account ${r.customerId} has no open billing cycle`);
        await advancePast(r.sims, open.endDate!);
        return `virtual time ${r.sims.kit.clock.iso()}: Togai cycle invoice ${open.id} closed at ${open.endDate}; the next cycle opens, and Chargebee renews the subscription`;
      },
    },
    {
      title: "Flow 8: the cycle's Togai invoices in Chargebee",
      run: raisedInChargebee,
    },
  ],
};
