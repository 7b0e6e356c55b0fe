import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { InProcessDispatcher } from '../simulators/kit/in-process-dispatcher.js';
import { mswHandlers } from '../simulators/kit/msw-transport.js';
import { TOGAI, TOKEN, togaiSandbox } from './support/togai.js';

describe('undici against in-process simulators', () => {
  const { sim } = togaiSandbox();
  const dispatcher = new InProcessDispatcher(mswHandlers(sim));
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('sends undici requests to the simulator with no port, bodies and statuses intact', async () => {
    const created = await request(`${TOGAI}/customers`, {
      dispatcher,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'inproc', name: 'In Process', primaryEmail: 'i@p.test', address: { line1: 'nowhere' } }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toMatch(/application\/json/);
    expect(await created.body.json()).toMatchObject({ id: 'inproc', account: { id: 'inproc' } });

    const missing = await request(`${TOGAI}/customers/nobody`, { dispatcher, headers: auth });
    expect(missing.statusCode).toBe(404);
    expect(await missing.body.json()).toEqual({ message: "Customer with id 'nobody' does not exist" });
    expectConformance(sim);
  });

  it('answers a URL with a broken escape 400, as the HTTP server does, not 404 or 405', async () => {
    const broken = await request(`${TOGAI}/customers/%E0%A4%A`, { dispatcher, headers: auth });
    expect(broken.statusCode).toBe(400);
    expect(JSON.stringify(await broken.body.json())).toMatch(/The request URL cannot be used/);
  });

  it('fails like a refused connection where no simulator answers', async () => {
    await expect(request('https://unknown.example/x', { dispatcher })).rejects.toThrow(/no in-process handler answers GET https:\/\/unknown.example\/x/);
  });
});
