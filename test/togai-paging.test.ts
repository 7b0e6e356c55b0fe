import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { customer } from './support/billing-fixtures.js';
import { inProcessTogai } from './support/togai.js';

const encode = (token: object) => encodeURIComponent(Buffer.from(JSON.stringify(token)).toString('base64'));

/** A nextToken is as bounded as pageSize: a token cannot raise the page size past 50. */
describe('Togai paging: the page size a nextToken carries', () => {
  const { sim, server, togai } = inProcessTogai();
  let token: { lastItemId: string; pageSize: number; sortOrder: string };

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    for (let i = 0; i < 53; i++) await customer(togai, `c${String(i).padStart(2, '0')}`);
    const first = await togai('GET', '/customers?pageSize=1');
    expect(first.status).toBe(200);
    token = JSON.parse(Buffer.from(first.body.nextToken, 'base64').toString('utf8'));
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('pages on with the size a genuine token carries, up to 50', async () => {
    expect((await togai('GET', `/customers?nextToken=${encode(token)}`)).body.data).toHaveLength(1);
    expect((await togai('GET', `/customers?nextToken=${encode({ ...token, pageSize: 50 })}`)).body.data).toHaveLength(50);
  });

  it('refuses a token whose page size is out of bounds, rather than answering everything', async () => {
    for (const pageSize of [100000, 51, 0, -1]) {
      const res = await togai('GET', `/customers?nextToken=${encode({ ...token, pageSize })}`);
      expect(res, `pageSize ${pageSize}`).toEqual({ status: 400, body: { message: expect.stringMatching(/^nextToken is not one this API issued/) } });
    }
  });

  it('lets an explicit pageSize, itself bounded, take over from the token', async () => {
    expect((await togai('GET', `/customers?pageSize=2&nextToken=${encode(token)}`)).body.data).toHaveLength(2);
    expect((await togai('GET', `/customers?pageSize=51&nextToken=${encode(token)}`)).status).toBe(400);
  });
});
