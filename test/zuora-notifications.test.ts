/**
 * Callout templates and notification definitions through the API: a definition with callouts
 * on gets its own outbox subscriber and renders its template's body, method, auth and headers.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { adminSimulator } from '../simulators/kit/routes.js';
import { accountBody, inProcessZuora, scriptedSender } from './support/zuora.js';

const TEMPLATE = {
  name: 'Account created to the connector',
  eventTypeName: 'AccountCreated',
  calloutBaseurl: 'https://connector.example.com/zuora/accounts',
  httpMethod: 'PUT',
  useCustomRequestBody: true,
  customRequestBody: '{"accountId": "{{DataSource.Account.Id}}", "number": "<Account.AccountNumber>", "firstName": "{{Account.BillTo.FirstName}}", "crm": "{{Account.CrmId}}"}',
  requiredAuth: true,
  calloutAuth: { username: 'zuora', password: 'hook-secret', preemptive: true },
  calloutHeaders: { 'X-Account-Number': '{{Account.AccountNumber}}' },
};

describe('Zuora notification definitions and callout templates', () => {
  const { sender, sent } = scriptedSender();
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 12, sender });
  let templateId: string;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('creates a callout template and shows it as the reference does, without the password', async () => {
    const res = await zuora('POST', '/notifications/callout-templates', TEMPLATE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      createdOn: '2026-01-01T00:00:00.000 UTC',
      eventTypeName: 'AccountCreated',
      eventTypeNamespace: 'user.notification',
      name: TEMPLATE.name,
      active: true,
      httpMethod: 'PUT',
      requiredAuth: true,
      calloutAuth: { username: 'zuora', preemptive: true },
      calloutRetry: true,
      contentType: 'APPLICATION_JSON',
      useCustomRequestBody: true,
      customRequestBody: TEMPLATE.customRequestBody,
    });
    expect(JSON.stringify(res.body)).not.toContain('hook-secret');
    templateId = res.body.id;
  });

  it('sends nothing for a definition with callouts off', async () => {
    const off = await zuora('POST', '/notifications/notification-definitions', { name: 'Quiet', eventTypeName: 'AccountCreated', calloutTemplateIds: [templateId] });
    expect(off.body).toMatchObject({ calloutActive: false, active: true, calloutTemplateIds: [templateId], filterRule: null });
    await zuora('POST', '/v1/accounts', accountBody());
    await sandbox.settle();
    expect(sent).toEqual([]);
  });

  it('renders the template for each account created once a definition turns callouts on', async () => {
    const on = await zuora('POST', '/notifications/notification-definitions', { name: 'Sync accounts', eventTypeName: 'AccountCreated', calloutActive: true, calloutTemplateIds: [templateId] });
    expect(on.body).toMatchObject({ name: 'Sync accounts', calloutActive: true, eventTypeName: 'AccountCreated', communicationProfileIds: [expect.stringMatching(/^[0-9a-f]{32}$/)] });
    // an admin subscriber on the same event still gets the tenant's default body
    await adminSimulator(sim).call('adminSubscribe', { body: { url: 'https://admin-hook.example.com/x', events: ['user.notification:AccountCreated'] } });
    const created = await zuora('POST', '/v1/accounts', accountBody({ name: 'Beta', crmId: 'crm "7"', billToContact: { firstName: 'Bea', lastName: 'Ta' } }));
    await sandbox.settle();
    expect(sent).toHaveLength(2);
    const viaTemplate = sent.find((s) => s.url === TEMPLATE.calloutBaseurl)!;
    expect(viaTemplate.method).toBe('PUT');
    expect(JSON.parse(viaTemplate.body)).toEqual({ accountId: created.body.accountId, number: 'A00000002', firstName: 'Bea', crm: 'crm "7"' });
    expect(viaTemplate.headers).toMatchObject({ authorization: `Basic ${Buffer.from('zuora:hook-secret').toString('base64')}`, 'x-account-number': 'A00000002' });
    const viaAdmin = sent.find((s) => s.url === 'https://admin-hook.example.com/x')!;
    expect(JSON.parse(viaAdmin.body)).toEqual({ accountId: created.body.accountId });
    expect(viaAdmin.method).toBe('POST');
    const history = await zuora('GET', '/v1/notification-history/callout?failedOnly=false');
    expect(history.body.calloutHistories.map((h: { notification: string }) => h.notification)).toContain('Sync accounts');
  });

  it('creates the template given inline with a definition', async () => {
    const res = await zuora('POST', '/notifications/notification-definitions', {
      name: 'Inline',
      eventTypeName: 'AccountCreated',
      calloutActive: true,
      callout: { name: 'Inline callout', calloutBaseurl: 'https://inline.example.com/hook', httpMethod: 'POST', calloutParams: { id: '{{Account.Id}}', name: '<Account.Name>' } },
    });
    expect(res.body.calloutTemplateIds).toHaveLength(1);
    sent.length = 0;
    const created = await zuora('POST', '/v1/accounts', accountBody({ name: 'Gamma' }));
    await sandbox.settle();
    const inline = sent.find((s) => s.url === 'https://inline.example.com/hook')!;
    expect(JSON.parse(inline.body)).toEqual({ id: created.body.accountId, name: 'Gamma' });
  });

  it('signs a callout with the template’s HMAC settings', async () => {
    const signed = await zuora('POST', '/notifications/callout-templates', {
      name: 'Signed',
      eventTypeName: 'AccountCreated',
      calloutBaseurl: 'https://signed.example.com/hook',
      httpMethod: 'POST',
      calloutHeaders: { 'X-Stamp': 'fixed' },
      hmacAlgorithm: 'SHA-256',
      hmacOutputFormat: 'HEX',
      hmacSecret: 'shh',
      hmacData: '{{Request.Headers.X-Stamp}}.{{Request.Body}}',
      hmacKey: 'X-Signature',
      hmacValue: 'sha256={{Request.HMAC.Signed}}',
    });
    expect(signed.body).toMatchObject({ hmacAlgorithm: 'SHA-256', hmacKey: 'X-Signature' });
    await zuora('POST', '/notifications/notification-definitions', { name: 'Signed', eventTypeName: 'AccountCreated', calloutActive: true, calloutTemplateIds: [signed.body.id] });
    sent.length = 0;
    await zuora('POST', '/v1/accounts', accountBody({ name: 'Delta' }));
    await sandbox.settle();
    const callout = sent.find((s) => s.url === 'https://signed.example.com/hook')!;
    const expected = createHmac('sha256', 'shh').update(`fixed.${callout.body}`).digest('hex');
    expect(callout.headers['x-signature']).toBe(`sha256=${expected}`);
    const partial = await zuora('POST', '/notifications/callout-templates', { ...TEMPLATE, name: 'Half signed', hmacAlgorithm: 'SHA-1' });
    expect(partial.body.reasons[0].message).toMatch(/HMAC authentication needs all of .*hmacOutputFormat, hmacSecret, hmacData, hmacKey, hmacValue missing/);
  });

  it('lists definitions with their filters and start/limit paging', async () => {
    const all = await zuora('GET', '/notifications/notification-definitions');
    expect(all.body.data.map((d: { name: string }) => d.name)).toEqual(['Quiet', 'Sync accounts', 'Inline', 'Signed']);
    const page = await zuora('GET', '/notifications/notification-definitions?limit=3');
    expect(page.body.data).toHaveLength(3);
    expect(page.body.next).toBe('https://rest.zuora.com/notifications/notification-definitions?start=4&limit=3');
    const rest = await zuora('GET', '/notifications/notification-definitions?start=4&limit=3');
    expect(rest.body).toEqual({ data: [expect.objectContaining({ name: 'Signed' })] });
    expect((await zuora('GET', '/notifications/notification-definitions?eventTypeName=Other')).body.data).toEqual([]);
    const both = await zuora('GET', '/notifications/notification-definitions?eventTypeName=AccountCreated&eventCategory=1210');
    expect(both.status).toBe(400);
    expect(both.body.reasons[0].message).toMatch(/cannot be combined/);
  });

  it('refuses templates and definitions that break the documented rules', async () => {
    const refuse = async (path: string, body: unknown, status: number, message: RegExp) => {
      const res = await zuora('POST', path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.reasons[0].message).toMatch(message);
    };
    const templates = '/notifications/callout-templates';
    const definitions = '/notifications/notification-definitions';
    await refuse(templates, { ...TEMPLATE, name: 'Both', eventCategory: 1210 }, 400, /eventTypeName .* or eventCategory .*not both/);
    await refuse(templates, { ...TEMPLATE, name: 'Neither', eventTypeName: undefined }, 400, /not neither/);
    await refuse(templates, TEMPLATE, 400, /named 'Account created to the connector' already exists/);
    await refuse(templates, { ...TEMPLATE, name: 'Plain', calloutBaseurl: 'http://insecure.example.com' }, 400, /'calloutBaseurl' must match the pattern \^https:\/\//);
    await refuse(templates, { ...TEMPLATE, name: 'Broken', customRequestBody: '{"id": {{Account.Id}}' }, 400, /customRequestBody is not valid JSON/);
    await refuse(templates, { ...TEMPLATE, name: 'No body', customRequestBody: undefined }, 400, /customRequestBody is required when useCustomRequestBody is true/);
    await refuse(templates, { ...TEMPLATE, name: 'No pass', calloutAuth: { username: 'u' } }, 400, /calloutAuth needs a username and a password/);
    await refuse(templates, { ...TEMPLATE, name: 'Bad header', calloutHeaders: { 'X Bad': '1' } }, 400, /'X Bad', which is not a valid HTTP header name/);
    await refuse(templates, { ...TEMPLATE, name: 'Merged URL', calloutBaseurl: 'https://hooks.example.com/{{DataSource.Account.Id}}' }, 400, /calloutBaseurl has merge fields/);
    await refuse(definitions, { name: 'Ghost', eventTypeName: 'AccountCreated', calloutTemplateIds: ['0'.repeat(32)] }, 404, /No callout template with ID/);
    await refuse(definitions, { name: 'Mixed', eventTypeName: 'AccountCreated', calloutTemplateIds: [templateId], callout: TEMPLATE }, 400, /not both/);
    await refuse(definitions, { name: 'Other event', eventTypeName: 'InvoicePosted', calloutTemplateIds: [templateId] }, 400, /relates to user.notification:AccountCreated/);
    await refuse(definitions, { name: 'Sync accounts', eventTypeName: 'AccountCreated' }, 400, /already exists/);
    await refuse(definitions, { name: 'Mail', eventTypeName: 'AccountCreated', emailActive: true }, 400, /emailTemplateId is required when emailActive is true/);
    await refuse(definitions, { name: 'Filtered', eventTypeName: 'AccountCreated', filterRule: { condition: 'x' } }, 400, /filterRule is not supported/);
  });

  it('answers resend requests per ID: 400 when none could be resent, 202 for an empty list', async () => {
    const unknown = await zuora('POST', '/notifications/callout-histories/resend', ['a'.repeat(32)]);
    expect(unknown).toMatchObject({ status: 400, body: { ['a'.repeat(32)]: { code: 'ObjectNotFound', message: 'Callout history does not exist.' } } });
    const historyId = (sim.state.dump().calloutHistory as { id: string }[])[0]!.id;
    const known = await zuora('POST', '/notifications/callout-histories/resend', [historyId]);
    expect(known).toMatchObject({ status: 400, body: { [historyId]: { code: 'ResendNotSupported' } } });
    expect(await zuora('POST', '/notifications/callout-histories/resend', [])).toMatchObject({ status: 202, body: {} });
  });
});
