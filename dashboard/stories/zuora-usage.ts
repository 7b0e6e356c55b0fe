import { money, zuoraInvoiceNumber } from '../formats.js';
import { advancePast, call, eventually, settingOf, TOGAI_CURRENCY, type Story, type StorySims } from './story.js';

/** The Togai demo customer whose account, and whose meters' usage, the Zuora demo holds (simulators/togai/demo-data.ts). */
const ACCOUNT = 'demo-customer-1';

interface Meter {
  id: string;
  name: string;
  mode: string;
  subscriptionId: string;
  chargeId: string;
}

interface Run {
  sims: StorySims;
  tag: string;
  zuoraAccountId?: string;
  meters: Meter[];
  invoice?: { id: string; totalAmount: number };
}

interface ZuoraUsage {
  id: string;
  uniqueKey?: string;
  quantity: number;
  unitOfMeasure: string;
  UnitAmount__c?: number;
}

// what the customer uses in a cycle, by event attribute: 1500 calls (1000 at 0.01, 500 at 0.005) and 250 GB at 0.02
const USE = { calls: 1500, storage: 250 };

/** One meter's usage of the cycle's invoice as Zuora holds it: flow 4 or 5, by the meter's mode. */
async function usageLanded(r: Run, mode: 'QUANTITY' | 'REVENUE'): Promise<string> {
  const meter = r.meters.find((m) => m.mode === mode);
  if (!meter) throw new Error(`no demo usage meter has zuora.usageSyncMode ${mode}`);
  const key = `${r.invoice!.id}:${meter.id}`;
  const usage = await eventually(r.sims, `Zuora usage ${key}`, async () => {
    const listed = (await call(r.sims, 'zuora', 'getUsageByAccount', { params: { 'account-key': r.zuoraAccountId! } })).usage as ZuoraUsage[];
    return listed.find((u) => u.uniqueKey === key);
  });
  return `Zuora usage ${usage.id} on subscription ${meter.subscriptionId}, charge ${meter.chargeId}: "${meter.name}" ${usage.quantity} ${usage.unitOfMeasure} at ${usage.UnitAmount__c} a unit (UniqueKey ${key})`;
}

/** Flows 3, 4 and 5: the demo customer's usage, rated by Togai at the cycle's end, becomes a Zuora invoice and Zuora usage in both modes. */
export const zuoraUsageStory: Story<Run> = {
  id: 'zuora-usage-both-modes',
  title: 'Usage is invoiced in Zuora in both usage modes',
  start(n, sims) {
    return { sims, tag: `story-usage-${n}-${Math.floor(sims.kit.clock.now() / 1000).toString(36)}`, meters: [] };
  },
  steps: [
    {
      title: `Togai: the demo account ${ACCOUNT} and its usage meters are mapped to Zuora`,
      async run(r) {
        const account = await call(r.sims, 'togai', 'getAccount', { params: { account_id: ACCOUNT } });
        r.zuoraAccountId = settingOf(account.settings, 'zuora', 'accountId');
        if (!r.zuoraAccountId) throw new Error(`Togai account ${ACCOUNT} has no setting zuora.accountId; seed the demo data of Togai and Zuora together`);
        const settings = (await call(r.sims, 'togai', 'listSetting', { query: { entity_type: 'USAGE_METER', namespace: 'zuora' } })).data as { entityId: string; id: string; value: string }[];
        for (const meterId of new Set(settings.map((s) => s.entityId))) {
          const own = settings.filter((s) => s.entityId === meterId);
          const value = (id: string) => own.find((s) => s.id === id)?.value;
          const meter = await call(r.sims, 'togai', 'getUsageMeter', { params: { usage_meter_id: meterId } });
          r.meters.push({ id: meterId, name: meter.name, mode: value('usageSyncMode') ?? 'QUANTITY', subscriptionId: value('subscriptionId') ?? '?', chargeId: value('chargeId') ?? '?' });
        }
        const modes = r.meters.map((m) => `"${m.name}" ${m.mode.toLowerCase()} mode`).join(', ');
        if (!r.meters.some((m) => m.mode === 'QUANTITY') || !r.meters.some((m) => m.mode === 'REVENUE')) throw new Error(`the demo meters need one in each mode; found ${modes || 'none mapped'}`);
        return `account ${ACCOUNT} -> Zuora account ${r.zuoraAccountId} (zuora.accountId); meters ${modes}, to subscription ${r.meters[0]!.subscriptionId}`;
      },
    },
    {
      title: `Togai: usage events for ${ACCOUNT} are ingested`,
      async run(r) {
        const event = { id: r.tag, schemaName: 'api_call', timestamp: r.sims.kit.clock.iso(), accountId: ACCOUNT, attributes: Object.entries(USE).map(([name, value]) => ({ name, value: String(value) })), dimensions: {} };
        await call(r.sims, 'togai', 'ingest', { body: { event } });
        return `event ${r.tag}: ${USE.calls} API calls and ${USE.storage} GB of storage`;
      },
    },
    {
      title: 'The clock moves to the end of the billing cycle; Togai generates the invoice',
      async run(r) {
        const drafts = (await call(r.sims, 'togai', 'listInvoices', { query: { owner_id: ACCOUNT, status: 'DRAFT' } })).data as { id: string; endDate?: string }[];
        const open = drafts.find((i) => i.endDate);
        if (!open) throw new Error(`Togai account ${ACCOUNT} has no open billing cycle (is it still on the demo usage plan?)`);
        await advancePast(r.sims, open.endDate!);
        const invoice = await call(r.sims, 'togai', 'getInvoice', { params: { invoice_id: open.id } });
        if (invoice.status === 'DRAFT') throw new Error(`Togai invoice ${open.id} is still DRAFT after its cycle's end`);
        r.invoice = invoice;
        return `Togai invoice ${invoice.id} ${invoice.status}, ${money(invoice.totalAmount, TOGAI_CURRENCY)} (cycle to ${open.endDate})`;
      },
    },
    {
      title: 'Flow 3: the Togai invoice is a Zuora invoice',
      async run(r) {
        const number = zuoraInvoiceNumber(r.invoice!.id);
        const invoice = await eventually(r.sims, `Zuora invoice ${number}`, async () => {
          const res = await r.sims.zuora.call('getInvoice', { params: { invoiceKey: number } });
          return res.status === 200 && res.body.success !== false ? res.body : undefined;
        });
        return `Zuora invoice ${invoice.invoiceNumber} (${invoice.status}) of ${money(invoice.amount, invoice.currency)} on account ${invoice.accountId}`;
      },
    },
    { title: 'Flow 4: the "API calls" usage in Zuora, quantity mode', run: (r) => usageLanded(r, 'QUANTITY') },
    { title: 'Flow 5: the "Storage" usage in Zuora, revenue mode', run: (r) => usageLanded(r, 'REVENUE') },
  ],
};
