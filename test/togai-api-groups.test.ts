import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../simulators/kit/contract.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { NOT_SERVED, notServedMessage } from '../simulators/togai/not-served.js';
import { inProcessTogai } from './support/togai.js';
import { referenceOperations } from './support/togai-reference.js';

const contract = loadContract('togai.yaml');
const reference = referenceOperations();
const shape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
const served = new Set(contract.operations.map((o) => shape(o.method, o.path)));

/** README's table of Togai's API groups: group, operation count (`n` or `n of m`), verdict. */
function readmeGroups() {
  const text = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const table = text.split("### Togai's API groups")[1]!.split('\n\n').find((block) => block.startsWith('| group |'))!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => row.split('|').map((cell) => cell.trim()))
    .map(([, group, count, verdict]) => ({ group: group!, count: Number(count!.split(' ')[0]), served: verdict!.startsWith('served') }));
}

/** `Price Plans (deprecated v1)` -> `PricePlans`, the reference's group name. */
const groupKey = (name: string) => name.replace(/\(.*\)/, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

describe("Togai's API groups, served and not served", () => {
  it('places every operation of the real API either in the contract or in the not-served list, never both', () => {
    expect(reference).toHaveLength(151);
    for (const op of reference) {
      const inContract = served.has(shape(op.method, op.path));
      const left = notServedMessage(op.path) !== undefined;
      expect(inContract !== left, `${op.method} ${op.path} (${op.group}): in contract ${inContract}, not served ${left}`).toBe(true);
    }
  });

  it('counts in the not-served list as many operations of the real API as its paths cover', () => {
    for (const part of NOT_SERVED) {
      const covered = reference.filter((op) => notServedMessage(op.path)?.includes(`Togai's ${part.group} API`));
      expect(covered.length, part.group).toBe(part.operations);
    }
  });

  it("keeps README's table true: served groups count the contract's operations, the rest the not-served list's", () => {
    const rows = readmeGroups();
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(151);
    for (const row of rows.filter((r) => r.served)) {
      const ops = contract.operations.filter((o) => groupKey((o.raw.tags ?? [])[0] ?? '') === groupKey(row.group));
      expect(ops.length, row.group).toBe(row.count);
    }
    for (const row of rows.filter((r) => !r.served)) {
      const part = NOT_SERVED.find((p) => groupKey(p.group) === groupKey(row.group));
      expect(part?.operations, row.group).toBe(row.count);
    }
    expect(rows.filter((r) => !r.served)).toHaveLength(NOT_SERVED.length);
  });
});

describe('a call to a part of Togai that is not served', () => {
  const { server, togai } = inProcessTogai();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it("gets Togai's 404 naming the group and why", async () => {
    const res = await togai('GET', '/alerts');
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/^\/alerts belongs to Togai's Alerts API, which this simulator does not serve: /);
    const purchases = await togai('GET', '/accounts/acme/purchases');
    expect(purchases.status).toBe(404);
    expect(purchases.body.message).toContain("Togai's Accounts: purchases and proposals (deprecated) API");
  });

  it('still answers a path Togai does not have as an unknown endpoint', async () => {
    const res = await togai('GET', '/no-such-thing');
    expect(res).toEqual({ status: 404, body: { message: 'No such endpoint: GET /no-such-thing' } });
  });
});
