import type { ChargebeeHandlers } from './operations.js';
import { blank, notFound, wrongValue } from './errors.js';
import { listAnswer } from './paging.js';
import { copyGiven, requireText } from './params.js';
import type { WebhookEndpointRecord } from './records.js';
import type { ChargebeeContext } from './state.js';

const SETTINGS = ['name', 'url', 'api_version', 'primary_url', 'disabled', 'send_card_resource', 'chargebee_response_schema_type'] as const;

function checkUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw wrongValue('url', 'must be an http or https URL');
}

function readCredentials(ctx: ChargebeeContext, id: string, body: Record<string, unknown>): void {
  const current = ctx.state.endpointCredentials.get(id) ?? {};
  const next = {
    username: (body.basic_auth_username as string | undefined) ?? current.username,
    password: (body.basic_auth_password as string | undefined) ?? current.password,
  };
  if (next.password !== undefined && !next.username) throw blank('basic_auth_username');
  ctx.state.endpointCredentials.set(id, next);
}

/** Point the endpoint's outbox subscriber at its current URL, credentials and events (none while disabled). */
function sync(ctx: ChargebeeContext, endpoint: WebhookEndpointRecord): void {
  const credentials = ctx.state.endpointCredentials.get(endpoint.id) ?? {};
  const events = endpoint.disabled ? [] : endpoint.enabled_events?.length ? [...endpoint.enabled_events] : undefined;
  let sub = ctx.state.endpointSubscribers.get(endpoint.id);
  if (!sub) {
    // managed: the outbox drops it when this simulator resets, as the endpoint goes with the state
    sub = ctx.sandbox.outbox.subscribe({ source: ctx.vendor, url: endpoint.url, managed: true });
    ctx.state.endpointSubscribers.set(endpoint.id, sub);
    ctx.state.endpointOfSubscriber.set(sub.id, endpoint.id);
  }
  ctx.sandbox.outbox.update(sub.id, { url: endpoint.url, username: credentials.username, password: credentials.password, events });
}

function findEndpoint(ctx: ChargebeeContext, id: string): WebhookEndpointRecord {
  const endpoint = ctx.state.get<WebhookEndpointRecord>('webhookEndpoint', id);
  if (!endpoint) throw notFound('Webhook endpoint', id);
  return endpoint;
}

export const webhookEndpointHandlers = {
  createWebhookEndpoint(req, ctx) {
    const body = req.body;
    requireText(body, ['name']);
    checkUrl(body.url);
    const endpoint: WebhookEndpointRecord = {
      id: `whv2_${ctx.random.base62(16)}`,
      object: 'webhook_endpoint',
      name: body.name,
      url: body.url,
      api_version: 'v2',
      primary_url: false,
      disabled: false,
      send_card_resource: false,
      chargebee_response_schema_type: 'items',
    };
    copyGiven(endpoint, body, SETTINGS);
    if (body.enabled_events !== undefined) endpoint.enabled_events = body.enabled_events as string[];
    readCredentials(ctx, endpoint.id, body);
    ctx.state.add('webhookEndpoint', endpoint);
    sync(ctx, endpoint);
    return { status: 200, body: { webhook_endpoint: endpoint } };
  },

  listWebhookEndpoints(req, ctx) {
    const endpoints = [...ctx.state.store.values<WebhookEndpointRecord>('webhookEndpoint')];
    return listAnswer(ctx.state, endpoints, req.query, { entry: (webhook_endpoint) => ({ webhook_endpoint }) });
  },

  updateWebhookEndpoint(req, ctx) {
    const endpoint = findEndpoint(ctx, req.params['webhook-endpoint-id']!);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.url !== undefined) checkUrl(String(body.url));
    readCredentials(ctx, endpoint.id, body);
    copyGiven(endpoint, body, SETTINGS);
    if (body.enabled_events !== undefined) endpoint.enabled_events = body.enabled_events as string[];
    sync(ctx, endpoint);
    return { status: 200, body: { webhook_endpoint: endpoint } };
  },

  retrieveWebhookEndpoint(req, ctx) {
    return { status: 200, body: { webhook_endpoint: findEndpoint(ctx, req.params['webhook-endpoint-id']!) } };
  },

  /** The endpoint stops receiving events; deliveries already scheduled still run their course. */
  deleteWebhookEndpoint(req, ctx) {
    const endpoint = findEndpoint(ctx, req.params['webhook-endpoint-id']!);
    ctx.state.remove('webhookEndpoint', endpoint.id);
    const sub = ctx.state.endpointSubscribers.get(endpoint.id);
    if (sub) ctx.sandbox.outbox.unsubscribe(sub.id);
    ctx.state.endpointSubscribers.delete(endpoint.id);
    return { status: 200, body: { webhook_endpoint: endpoint } };
  },
} satisfies Partial<ChargebeeHandlers>;
