import { expect } from 'vitest';
import type { FlowNumber } from '../../connector/config.js';
import { activePlan, associate, event, schemaWithMeters, type CardSpec } from './billing-fixtures.js';
import { ConnectedWorld, connectorConfig } from './connected.js';
import { demoCatalog } from './zuora.js';

/**
 * Shared setup and reads for the Togai <-> Zuora flow suites (flows 1-5): a connected world
 * running only those flows, readers of each system's records through its own API, and a
 * billing setup (tiered usage plan in Togai, subscription with a usage charge in Zuora).
 */

export const ZUORA_FLOWS: FlowNumber[] = [1, 2, 3, 4, 5];

export function zuoraWorld(flows: FlowNumber[] = ZUORA_FLOWS): ConnectedWorld {
  return new ConnectedWorld(connectorConfig({ flows }));
}

type Call = Promise<{ status: number; body: any }>;

export async function ok(call: Call, status = 200): Promise<any> {
  const res = await call;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

// ---------------------------------------------------------------------------------------------
// reads

export async function togaiCustomers(world: ConnectedWorld): Promise<any[]> {
  const all: any[] = [];
  let token: string | undefined;
  do {
    const page = await ok(world.togaiApi('GET', `/customers?pageSize=50${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`));
    all.push(...page.data);
    token = page.nextToken;
  } while (token);
  return all;
}

/** Settings of a Togai entity in a namespace. */
export async function togaiSettings(world: ConnectedWorld, entityType: 'ACCOUNT' | 'USAGE_METER', entityId: string, namespace = 'zuora'): Promise<any[]> {
  return (await ok(world.togaiApi('GET', `/settings?entity_type=${entityType}&entity_id=${encodeURIComponent(entityId)}&namespace=${namespace}`))).data;
}

/** Every record of a Zuora Object Query collection (accounts, invoices, usages), optionally filtered. */
export async function zuoraQuery(world: ConnectedWorld, object: 'accounts' | 'invoices' | 'usages', filter?: string): Promise<any[]> {
  const all: any[] = [];
  let cursor: string | undefined;
  do {
    const q = new URLSearchParams({ pageSize: '50' });
    if (filter) q.append('filter[]', filter);
    if (cursor) q.set('cursor', cursor);
    const page = await ok(world.zuoraApi('GET', `/object-query/${object}?${q}`));
    all.push(...page.data);
    cursor = page.nextPage;
  } while (cursor);
  return all;
}

export async function zuoraAccount(world: ConnectedWorld, id: string): Promise<any> {
  return ok(world.zuoraApi('GET', `/v1/accounts/${id}`));
}

/** A usage record as the CRUD retrieve shows it (SubscriptionId, ChargeId, UnitAmount__c...). */
export async function zuoraUsageRecord(world: ConnectedWorld, id: string): Promise<any> {
  return ok(world.zuoraApi('GET', `/v1/object/usage/${id}`));
}

/** The flows' outcomes in one of the connector's recorded answers (or an injected reply). */
export function outcomes(body: any): { flow: number; result: string; detail: string }[] {
  return body?.outcomes ?? [];
}

/** The answers to deliveries on one receiver path. */
export function answersTo(world: ConnectedWorld, path: '/togai/notifications' | '/zuora/callouts') {
  return world.answers.filter((a) => a.path === path);
}

/** Deliver a recorded delivery to the connector once more, as a vendor's duplicate would. */
export async function redeliver(world: ConnectedWorld, delivery: { url: string; headers: Record<string, string>; body: string }) {
  const res = await world.connector.app.inject({ method: 'POST', url: new URL(delivery.url).pathname, headers: delivery.headers, payload: delivery.body });
  return { status: res.statusCode, body: res.json() };
}

/**
 * What the connector's retry waits before each of `n` retries of a 503 carrying Retry-After: 1
 * (seconds): the larger of 1000 ms and its own backoff, full jitter at random() = 0.5 as the world sets it.
 */
export function expectedRetryWaits(world: ConnectedWorld, n: number): number[] {
  const { baseDelayMs, maxDelayMs } = world.config.retry;
  return Array.from({ length: n }, (_, i) => Math.max(1000, Math.round(0.5 * Math.min(maxDelayMs, baseDelayMs * 2 ** i))));
}

// ---------------------------------------------------------------------------------------------
// money, computed the way the rate cards say, independently of the simulator

/** [startAfter, per-unit rate] per slab, in order. */
export type Slab = [number, number];

/** Togai rounds money to 6 decimals. */
export const money = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A TIERED per-unit card: each slab prices the units above its startAfter up to the next slab's. */
export function tiered(slabs: Slab[], quantity: number): number {
  let total = 0;
  slabs.forEach(([from, rate], i) => {
    const to = slabs[i + 1]?.[0] ?? Infinity;
    total += Math.max(0, Math.min(quantity, to) - from) * rate;
  });
  return money(total);
}

// ---------------------------------------------------------------------------------------------
// billing setup

export interface MeterSpec {
  /** Meter name, schema attribute and rate card display name all derive from it. */
  name: string;
  slabs: Slab[];
  /** zuora.usageSyncMode on the meter; `none` gives the meter no zuora settings at all. */
  mode: 'QUANTITY' | 'REVENUE' | 'none';
}

export interface Billing {
  customerId: string;
  accountId: string;
  planId: string;
  /** Meter name -> Togai usage meter ID. */
  meters: Record<string, string>;
  /** Undefined when flow 2 is off and the account has no Zuora mapping. */
  zuoraAccountId?: string;
  subscriptionId?: string;
  chargeId?: string;
  uom?: string;
}

export const display = (meter: string) => `${meter} usage`;

/**
 * A Togai customer `cust1` with account `acc1` (made through the API, so flow 2 maps it when on),
 * a TIERED usage plan with one card per meter, associated from 2026-01-01; with a mapping, a
 * Zuora subscription on the demo usage charge and each meter's zuora settings pointing at it.
 */
export async function billingSetup(world: ConnectedWorld, specs: MeterSpec[], planCards?: (meters: Record<string, string>) => CardSpec[]): Promise<Billing> {
  const t = world.togaiApi;
  const ids = await schemaWithMeters(
    t,
    { name: 'api', attributes: specs.map((m) => m.name), dimensions: [] },
    specs.map((m) => ({ name: m.name, aggregation: 'SUM' as const, computation: `{"var": "attribute.${m.name}"}` })),
  );
  const meters = Object.fromEntries(specs.map((m, i) => [m.name, ids[i]!]));
  const planId = await activePlan(
    t,
    'Usage',
    planCards?.(meters) ?? specs.map((m) => ({ displayName: display(m.name), usageMeterId: meters[m.name]!, slabs: m.slabs })),
  );
  await ok(t('POST', '/customers', { id: 'cust1', name: 'Acme Corp', primaryEmail: 'billing@acme.test', address: { line1: '1 Main St' }, account: { id: 'acc1', name: 'Acme main', invoiceCurrency: 'USD' } }), 201);
  await world.settle();
  const billing: Billing = { customerId: 'cust1', accountId: 'acc1', planId, meters };
  const mapping = (await togaiSettings(world, 'ACCOUNT', 'acc1')).find((s) => s.id === 'accountId');
  if (mapping) {
    billing.zuoraAccountId = mapping.value as string;
    const catalog = await demoCatalog(world.zuora, await world.sandbox.faker());
    const sub = await ok(
      world.zuoraApi('POST', '/v1/subscriptions', { accountKey: billing.zuoraAccountId, contractEffectiveDate: '2026-01-01', termType: 'EVERGREEN', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: catalog.planId }] }),
    );
    const details = await ok(world.zuoraApi('GET', `/v1/subscriptions/${sub.subscriptionId}`));
    const charge = details.ratePlans.flatMap((p: any) => p.ratePlanCharges).find((c: any) => c.uom);
    Object.assign(billing, { subscriptionId: sub.subscriptionId, chargeId: charge.id, uom: charge.uom });
    for (const m of specs) {
      if (m.mode === 'none') continue;
      for (const [id, value] of [['subscriptionId', sub.subscriptionId], ['chargeId', charge.id], ['usageSyncMode', m.mode]] as const) {
        await ok(t('POST', '/settings', { entityType: 'USAGE_METER', entityId: meters[m.name], namespace: 'zuora', id, name: id, value, dataType: 'STRING' }), 201);
      }
    }
  }
  await associate(t, 'acc1', planId, 'cust1');
  return billing;
}

/** Ingest one event per entry (attribute name -> units) at `at`, all accepted. */
export async function ingest(world: ConnectedWorld, entries: Record<string, number>[], at: string): Promise<void> {
  const res = await world.togaiApi('POST', '/ingestBatch', { events: entries.map((attrs) => event('api', 'acc1', attrs, {}, at)) });
  expect(res, JSON.stringify(res.body)).toMatchObject({ status: 202 });
}

/** The invoices Togai has generated (finalised, DUE: no payments are made here), whole. */
export function generatedInvoices(world: ConnectedWorld): Promise<any[]> {
  return world.togaiInvoices({ status: 'DUE' });
}

/** Zuora's invoice number for a Togai invoice ID: `inv.<11>.<5>` with every '.' made '-'. */
export const numberFor = (togaiInvoiceId: string) => togaiInvoiceId.replaceAll('.', '-');
