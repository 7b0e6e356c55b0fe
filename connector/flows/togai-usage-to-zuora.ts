import type { TogaiInvoice, TogaiLineItem } from '../clients/togai.js';
import type { ZuoraClient } from '../clients/zuora.js';
import type { TogaiInvoiceGenerated } from '../events.js';
import { billedAccount } from '../invoice-lines.js';
import { mappedId } from '../mappings.js';
import { outcome, zuoraOf, type FlowClients, type FlowOutcome } from './outcome.js';

/** Settings on a Togai usage meter, namespace `zuora`, that say where its usage goes. */
export const METER_SETTINGS = { namespace: 'zuora', subscription: 'subscriptionId', charge: 'chargeId', mode: 'usageSyncMode' } as const;

export type UsageMode = 'QUANTITY' | 'REVENUE';

interface MeterTarget {
  subscriptionId: string;
  chargeId: string;
  mode: UsageMode;
}

async function meterTarget(clients: FlowClients, meterId: string): Promise<MeterTarget | string> {
  const settings = await clients.togai.settings({ entity_type: 'USAGE_METER', entity_id: meterId, namespace: METER_SETTINGS.namespace });
  const value = (id: string) => settings.find((s) => s.id === id)?.value;
  const subscriptionId = value(METER_SETTINGS.subscription);
  const chargeId = value(METER_SETTINGS.charge);
  const mode = value(METER_SETTINGS.mode) ?? 'QUANTITY';
  const missing = [!subscriptionId && METER_SETTINGS.subscription, !chargeId && METER_SETTINGS.charge].filter(Boolean);
  if (missing.length) return `usage meter '${meterId}' lacks setting ${missing.map((m) => `zuora.${m}`).join(' and ')}`;
  if (mode !== 'QUANTITY' && mode !== 'REVENUE') return `usage meter '${meterId}' has zuora.${METER_SETTINGS.mode} '${mode}'; it must be QUANTITY or REVENUE`;
  return { subscriptionId: subscriptionId!, chargeId: chargeId!, mode };
}

/** One meter's usage on an invoice: its quantity, and the revenue every rate card on it made. */
export interface MeterUsage {
  meterId: string;
  description: string;
  quantity: number;
  value: number;
}

function meterOf(line: TogaiLineItem): string | undefined {
  const meterId = line.metadata?.usageMeterId;
  return typeof meterId === 'string' && meterId !== '' ? meterId : undefined;
}

/** Every line of a type in line trees, however deep (usage lines may sit under TOTAL_USAGE). */
function linesOfType(lines: TogaiLineItem[], type: string): TogaiLineItem[] {
  return lines.flatMap((l) => (l.type === type ? [l] : linesOfType(l.lineItems, type)));
}

/**
 * The invoice's usage by meter: the quantity from the meter's usage line (USAGE_METER_USAGE),
 * the revenue added up over the usage rate card lines that price it, since a plan may price one
 * meter with two cards. Lines naming no meter cannot be placed and are left out.
 */
export function usageByMeter(invoice: Pick<TogaiInvoice, 'usageInfo' | 'revenueInfo'>): MeterUsage[] {
  const byMeter = new Map<string, MeterUsage>();
  for (const line of linesOfType(invoice.usageInfo ?? [], 'USAGE_METER_USAGE')) {
    const meterId = meterOf(line);
    if (meterId && !byMeter.has(meterId)) byMeter.set(meterId, { meterId, description: line.description, quantity: line.quantity ?? 0, value: 0 });
  }
  for (const card of linesOfType(invoice.revenueInfo ? [invoice.revenueInfo] : [], 'USAGE_RATE_CARD_AMOUNT')) {
    const usage = byMeter.get(meterOf(card) ?? '');
    if (usage) usage.value += card.value;
  }
  // Togai's money has at most 6 decimals; the sum of cards must not carry float noise
  return [...byMeter.values()].map((u) => ({ ...u, value: Math.round(u.value * 1e6) / 1e6 }));
}

/** Quantity mode sends the usage and its per-unit amount; revenue mode sends the revenue as the quantity at 1 per unit. */
export function usageAmounts(usage: MeterUsage, mode: UsageMode): { quantity: number; unitAmount: number } {
  if (mode === 'REVENUE') return { quantity: usage.value, unitAmount: 1 };
  return { quantity: usage.quantity, unitAmount: usage.quantity === 0 ? 0 : Math.round((usage.value / usage.quantity) * 1e6) / 1e6 };
}

/** The UniqueKey of the usage record one meter's line of one invoice becomes. */
export function usageKey(invoice: TogaiInvoice, meterId: string): string {
  return `${invoice.id}:${meterId}`;
}

async function unitOf(zuora: ZuoraClient, target: MeterTarget): Promise<string | undefined> {
  const charges = await zuora.subscriptionCharges(target.subscriptionId);
  return charges?.find((c) => c.id === target.chargeId || c.number === target.chargeId)?.uom;
}

/**
 * Flows 4 and 5: each meter's usage on a generated Togai invoice becomes one Zuora usage record
 * on the subscription charge its meter's settings name. The meter's `usageSyncMode` picks the
 * flow (QUANTITY: flow 4, REVENUE: flow 5), so one invoice may feed both. Each record carries
 * a UniqueKey from the invoice and meter, and is looked for before it is created.
 */
export async function togaiUsageToZuora(
  event: TogaiInvoiceGenerated,
  clients: FlowClients,
  modes: ReadonlySet<UsageMode> = new Set(['QUANTITY', 'REVENUE']),
): Promise<FlowOutcome[]> {
  const invoice = event.data.invoice;
  const zuora = zuoraOf(clients);
  const billed = billedAccount(invoice);
  if ('skip' in billed) return [outcome(4, 'skipped', billed.skip)];
  const zuoraAccount = await mappedId(clients.togai, billed.accountId, 'zuora');
  if (!zuoraAccount) return [outcome(4, 'skipped', `Togai account '${billed.accountId}' has no Zuora mapping (setting zuora.accountId); usage of invoice ${invoice.id} not synced`)];
  const meters = usageByMeter(invoice);
  if (meters.length === 0) return [outcome(4, 'skipped', `Togai invoice ${invoice.id} has no usage lines`)];
  const sent = new Set((await zuora.usageOf(zuoraAccount)).map((u) => u.uniqueKey).filter(Boolean));
  const outcomes: FlowOutcome[] = [];
  for (const usage of meters) {
    const meterId = usage.meterId;
    const target = await meterTarget(clients, meterId);
    if (typeof target === 'string') {
      outcomes.push(outcome(4, 'skipped', `${target}; its usage on invoice ${invoice.id} is not synced`));
      continue;
    }
    const flow = target.mode === 'QUANTITY' ? 4 : 5;
    if (!modes.has(target.mode)) {
      outcomes.push(outcome(flow, 'skipped', `flow ${flow} (${target.mode.toLowerCase()} mode, usage meter '${meterId}') is turned off`));
      continue;
    }
    const { quantity, unitAmount } = usageAmounts(usage, target.mode);
    const key = usageKey(invoice, meterId);
    if (sent.has(key)) {
      outcomes.push(outcome(flow, 'already-done', `usage ${key} is in Zuora`));
      continue;
    }
    if (quantity === 0) {
      outcomes.push(outcome(flow, 'skipped', `usage ${key} is zero; nothing to rate in Zuora`));
      continue;
    }
    const uom = await unitOf(zuora, target);
    if (!uom) {
      outcomes.push(outcome(flow, 'skipped', `Zuora subscription ${target.subscriptionId} has no charge ${target.chargeId} (settings of usage meter '${meterId}')`));
      continue;
    }
    const record = await zuora.createUsage(
      {
        AccountId: zuoraAccount,
        SubscriptionId: target.subscriptionId,
        ChargeId: target.chargeId,
        Quantity: quantity,
        UOM: uom,
        // an invoice without a period is placed on its invoice date
        StartDateTime: invoice.startDate ?? invoice.invoiceDate,
        ...(invoice.endDate ? { EndDateTime: invoice.endDate } : {}),
        UniqueKey: key,
        Description: `${usage.description} (Togai invoice ${invoice.id}, ${target.mode.toLowerCase()} mode)`,
        UnitAmount__c: unitAmount,
      },
      `togai-usage-${key}`,
    );
    sent.add(key);
    outcomes.push(outcome(flow, 'done', `usage ${key}: ${quantity} ${uom} at ${unitAmount} per unit is Zuora usage ${record.Id}`));
  }
  return outcomes;
}
