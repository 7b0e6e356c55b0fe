import { z } from 'zod';
import { parseDuration } from '../../simulators/kit/duration.js';
import { faultPlanSchema } from '../../simulators/kit/faults.js';

import { VENDORS } from './vendors.js';
const vendor = z.enum(VENDORS, { error: `a vendor: ${VENDORS.join(', ')}` });
const RESERVED = ['now', 'today', 'faker'];
const name = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'a name of letters, digits and _ (used as ${name})' })
  .refine((n) => !RESERVED.includes(n), { error: `a name other than ${RESERVED.join(', ')}, which the harness provides` });
const duration = z.string().refine(
  (text) => {
    try {
      parseDuration(text);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'an ISO-8601 duration, e.g. P32D, PT30M or P1M2DT3H' },
);

/** Where to take a value from a response: `body.accountId`, `body.data.0.id`, `status`. */
const captures = z.record(name, z.string().min(1), { error: 'a mapping of variable names to response paths, e.g. {acct: body.accountId}' });

/** A real operation of a simulator's contract, with the request's parts. */
const operationCall = z
  .object({
    vendor,
    operation: z.string({ error: "the contract's operationId, e.g. createAccount" }).min(1, { error: "the contract's operationId, e.g. createAccount" }),
    params: z.record(z.string(), z.string()).optional(),
    query: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
    body: z.unknown().optional(),
  })
  .strict();

/**
 * Expected values. Plain values are matched as a subset (objects: the keys given; arrays: the
 * same length, element by element). Operators: {$contains: [...]}, {$count: n},
 * {$approx: n, $tolerance: t}, {$absent: true}, {$exactlyOnce: {...}}, {$matches: regex}.
 */
const matcher = z.unknown();

const responseExpect = z
  .object({
    status: z.number().int().optional(),
    body: matcher.optional(),
  })
  .strict();

const eventSpec = z
  .object({
    id: z.string().optional(),
    schema: z.string().min(1),
    account: z.string().min(1),
    at: z.string().optional(),
    attributes: z.record(z.string(), z.number()),
    dimensions: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export const readCheck = z
  .object({ read: operationCall, status: z.number().int().optional(), body: matcher.optional(), capture: captures.optional() })
  .strict();

export const deliveriesCheck = z
  .object({
    deliveries: z
      .object({ source: vendor, eventType: z.string().optional(), state: z.enum(['pending', 'delivered', 'retrying', 'failed']).optional() })
      .strict(),
    count: matcher.optional(),
    match: matcher.optional(),
  })
  .strict()
  .refine((c) => c.count !== undefined || c.match !== undefined, { error: 'a deliveries check needs count or match, or it could never fail' });

export const requestsCheck = z
  .object({
    requests: z.object({ vendor, operation: z.string().optional(), status: z.number().int().optional() }).strict(),
    count: matcher.optional(),
  })
  .strict()
  .refine((c) => c.count !== undefined, { error: 'a requests check needs count, or it could never fail' });

export const STEP_KINDS = {
  call: z.object({ call: operationCall, expect: responseExpect.optional(), capture: captures.optional() }).strict(),
  ingest: z.object({ ingest: z.array(eventSpec).min(1) }).strict(),
  advance: z.object({ advance: duration }).strict(),
  restartConnector: z.object({ restartConnector: z.literal(true) }).strict(),
  redeliver: z
    .object({ redeliver: z.object({ source: vendor, eventType: z.string().min(1), which: z.enum(['first', 'last']).default('last') }).strict() })
    .strict(),
  fail: z
    .object({
      fail: z.object({ vendor, operation: z.string().min(1), status: z.number().int().min(429).max(599), times: z.number().int().min(1).default(1) }).strict(),
    })
    .strict(),
  // each check is parsed by its own kind (CHECK_KINDS), so a problem is reported in that kind's words
  expect: z.object({ expect: z.array(z.unknown()).min(1) }).strict(),
} as const;

export const CHECK_KINDS = { read: readCheck, deliveries: deliveriesCheck, requests: requestsCheck } as const;
export type CheckKind = keyof typeof CHECK_KINDS;

export type StepKind = keyof typeof STEP_KINDS;

const givenCall = operationCall.omit({ vendor: true }).extend({ capture: captures.optional() }).strict();

export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    tags: z.array(z.string().min(1)).default([]),
    seed: z.number({ error: 'a whole number (it fixes IDs and faker values)' }).int({ error: 'a whole number (it fixes IDs and faker values)' }).default(1),
    given: z
      .object({
        /**
         * A sandbox snapshot (GET /__admin/snapshot, `billing-sim up --save-on-exit`) to start from,
         * relative to the scenario file; the rest of `given` is added on top.
         */
        snapshot: z.string().min(1).optional(),
        /** Seed each simulator's demo data (the live sandbox's): catalogs, item prices, a Togai plan. */
        demo: z.array(vendor).default([]),
        connector: z
          .object({
            flows: z.array(z.number().int().min(1).max(9)).optional(),
            itemPricePlans: z.record(z.string(), z.string()).optional(),
          })
          .strict()
          .default({}),
        togai: z.array(givenCall).default([]),
        zuora: z.array(givenCall).default([]),
        chargebee: z.array(givenCall).default([]),
      })
      .strict()
      .prefault({}),
    /** Faults for the whole run (contracts/admin.yaml FaultPlan): 5xx, 429, hangs, duplicated or reordered deliveries. */
    faults: faultPlanSchema.optional(),
    steps: z.array(z.unknown()).min(1, { error: 'a scenario needs at least one step' }),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
type ExpectStep = { expect: Check[] };
export type Step = { [K in Exclude<StepKind, 'expect'>]: z.infer<(typeof STEP_KINDS)[K]> }[Exclude<StepKind, 'expect'>] | ExpectStep;
export type ReadCheck = z.infer<typeof readCheck>;
export type DeliveriesCheck = z.infer<typeof deliveriesCheck>;
export type RequestsCheck = z.infer<typeof requestsCheck>;
export type Check = ReadCheck | DeliveriesCheck | RequestsCheck;

/** The scenario format as JSON Schema, for editors (yaml-language-server) to complete and check. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const expect = z.object({ expect: z.array(z.union(Object.values(CHECK_KINDS))).min(1) }).strict();
  const withSteps = scenarioSchema.extend({ steps: z.array(z.union([...Object.values(STEP_KINDS).filter((k) => k !== STEP_KINDS.expect), expect])).min(1) });
  return { ...z.toJSONSchema(withSteps, { io: 'input', unrepresentable: 'any' }), title: 'billing-sim-harness scenario' };
}
