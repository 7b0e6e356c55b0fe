import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { expectConformance } from './support/conformance.js';
import { inProcessTogai, TOKEN } from './support/togai.js';

/**
 * Togai's live "Create a customer" page (a seed of this work) holds a curl request and a sample
 * response. The request is sent exactly as the page writes it, to the URL it names, and the
 * answer must carry every field of the sample, each with the sample's JSON type.
 */
const SEEDS = resolve(PROJECT_ROOT, '../shared/seeds');

/** The JSON value that starts at `from` (an opening brace), found by depth, strings skipped. */
function jsonAt(text: string, from: number): string {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  throw new Error(`no complete JSON object at offset ${from} of the seed`);
}

function readSeed() {
  const file = readdirSync(SEEDS).find((name) => /^002_.*\.txt$/.test(name));
  if (!file) throw new Error(`no 002_*.txt seed in ${SEEDS}`);
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const method = /--request (\w+)/.exec(text)?.[1];
  const url = /--url (\S+)/.exec(text)?.[1];
  const dataAt = text.indexOf("--data '");
  if (!method || !url || dataAt < 0) throw new Error(`${file}: no curl request with --request, --url and --data`);
  const body = jsonAt(text, text.indexOf('{', dataAt));
  const sampleAt = text.indexOf('{', text.indexOf(body, dataAt) + body.length);
  return { method, url, body, sample: JSON.parse(jsonAt(text, sampleAt)) as Record<string, unknown> };
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Where `actual` lacks a field of `sample` or holds one with another JSON type; array items are each held to every sample item. */
function shapeGaps(sample: unknown, actual: unknown, at: string): string[] {
  if (kind(sample) !== kind(actual)) return [`${at}: ${kind(actual)}, the sample has ${kind(sample)}`];
  if (Array.isArray(sample)) {
    const items = actual as unknown[];
    if (sample.length > 0 && items.length === 0) return [`${at}: empty, the sample has items`];
    return items.flatMap((item, i) => sample.flatMap((s) => shapeGaps(s, item, `${at}[${i}]`)));
  }
  if (kind(sample) !== 'object') return [];
  const actualObject = actual as Record<string, unknown>;
  return Object.entries(sample as Record<string, unknown>).flatMap(([key, value]) =>
    key in actualObject ? shapeGaps(value, actualObject[key], `${at}.${key}`) : [`${at}.${key}: missing`],
  );
}

describe("the seed's 'Create a customer' request", () => {
  const { sim, server } = inProcessTogai();
  const seed = readSeed();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('checks its own shape comparison', () => {
    expect(shapeGaps({ a: 1, b: [{ c: 'x' }] }, { a: 2, b: [{ c: 'y', d: 1 }] }, 'v')).toEqual([]);
    expect(shapeGaps({ a: 1, b: [{ c: 'x' }] }, { a: '2', b: [{}] }, 'v')).toEqual(['v.a: string, the sample has number', 'v.b[0].c: missing']);
  });

  it('is answered 201 with every field of the sample response, of the same JSON types', async () => {
    const res = await fetch(seed.url, {
      method: seed.method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: seed.body,
    });
    const answer = (await res.json()) as Record<string, any>;
    expect(res.status, JSON.stringify(answer)).toBe(201);
    expect(shapeGaps(seed.sample, answer, 'answer')).toEqual([]);
    // and it is the customer the request asked for, not the sample's
    const request = JSON.parse(seed.body);
    expect(answer).toMatchObject({ id: request.id, name: request.name, address: request.address, settings: request.settings });
    expect(answer.account).toMatchObject({ id: request.account.id, customerId: request.id, togaiCustomerId: answer.togaiCustomerId, settings: request.account.settings });
    expect(answer.account.aliases.map((a: { alias: string }) => a.alias)).toEqual([request.account.id, ...request.account.aliases]);
  });

  it("gives Togai's own ids the sample's form: a kind, then two dot-separated parts", async () => {
    const form = (id: string) => id.replace(/\.[^.]+/g, '.x');
    const res = await fetch(seed.url, {
      method: seed.method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...JSON.parse(seed.body), id: 'second', account: undefined }),
    });
    const answer = (await res.json()) as Record<string, any>;
    const sample = seed.sample as { togaiCustomerId: string; account: { togaiAccountId: string } };
    expect(form(answer.togaiCustomerId)).toBe(form(sample.togaiCustomerId));
    expect(form(answer.account.togaiAccountId)).toBe(form(sample.account.togaiAccountId));
  });
});
