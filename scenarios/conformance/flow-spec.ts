import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { FLOWS } from '../../connector/config.js';
import { contractPath } from '../../simulators/kit/contract.js';
import { VENDORS, type Vendor } from '../engine/vendors.js';
import { CHECKS, type CheckId } from './verdict.js';

const vendor = z.enum(VENDORS);
const text = z.string().min(1);

/** `<vendor> <record>.<field>[.<field>…]`, a list's items as `[]`: `zuora invoice.invoiceItems[].amount`. */
const FIELD_PATH = new RegExp(`^(${VENDORS.join('|')}) [a-z][a-z ]*(\\.[A-Za-z_]\\w*(\\[\\])?)+$`);
const fieldPath = z.string().regex(FIELD_PATH, { error: 'a field as "<vendor> <record>.<field>", e.g. "togai customer.address.country"' });

/** A field a flow writes: from a source field, with fallbacks in order, or a fixed value. */
const fieldSchema = z
  .object({
    to: fieldPath,
    /** The field's name where the vendor's read shows it under another (Zuora's item `amount` reads as `chargeAmount`). */
    readAs: z.string().regex(/^\w+$/).optional(),
    from: text.optional(),
    value: z.union([z.string(), z.number()]).optional(),
    fallbacks: z.array(text).min(1).optional(),
    note: text.optional(),
  })
  .strict()
  .refine((f) => (f.from === undefined) !== (f.value === undefined), { error: 'either from (a source field) or value (a fixed value), not both' })
  .refine((f) => f.value === undefined || f.fallbacks === undefined, { error: 'a fixed value has no fallbacks' });

const role = z.enum(['writes', 'reads']);
/** Where a link between records lives: a Togai setting, or a field on the vendor's record. */
const mappingSchema = z.union([
  z.object({ entity: z.enum(['ACCOUNT', 'USAGE_METER', 'PRICE_PLAN']), namespace: text, id: text, value: text, role, when: text.optional() }).strict(),
  z.object({ field: fieldPath, value: text, role, when: text.optional() }).strict(),
]);

/** How a redelivery finds the flow's earlier work, and the key its creates carry (none where the API takes none: `note` says why). */
const findsSchema = z
  .object({ lookup: text, idempotencyKey: z.object({ header: text, value: text }).strict().optional(), note: text.optional() })
  .strict()
  .refine((f) => f.idempotencyKey || f.note, { error: 'an idempotencyKey, or a note saying why there is none' });

/** One flow as contracts/connector.yaml `x-flows` gives it to partners. */
export const flowSpecSchema = z
  .object({
    title: z.string().min(1),
    trigger: z.object({ source: vendor, eventType: z.string().min(1), receiver: z.string().startsWith('/') }).strict(),
    writes: z.array(vendor).min(1),
    scenario: z.string().regex(/^[\w.-]+\.yaml$/),
    loopWith: z.number().int().min(1).max(9).optional(),
    effect: text,
    /** What the flow reads besides the trigger's payload, where the `from` fields come from. */
    reads: z.array(text).min(1),
    fields: z.array(fieldSchema).min(1),
    mappings: z.array(mappingSchema).min(1),
    finds: findsSchema,
    /** When the flow answers 2xx and writes nothing. */
    skips: z.array(text).min(1),
  })
  .strict()
  .superRefine((spec, ctx) => {
    // a flow writes only to the vendors it says it writes to
    const written = [...spec.fields.map((f, i) => ({ path: ['fields', i, 'to'], to: f.to })), ...spec.mappings.flatMap((m, i) => (m.role === 'writes' ? [{ path: ['mappings', i], to: 'field' in m ? m.field : 'togai setting' }] : []))];
    for (const { path, to } of written) {
      const target = to.split(' ')[0] as Vendor;
      if (!spec.writes.includes(target)) ctx.addIssue({ code: 'custom', path, message: `writes to ${target}, which is not in writes [${spec.writes.join(', ')}]` });
    }
  });

export type FlowSpec = z.infer<typeof flowSpecSchema> & { flow: number };
export type FieldSpec = FlowSpec['fields'][number];
export type MappingSpec = FlowSpec['mappings'][number];

/** The rules every flow keeps, one per conformance check, in the order of CHECKS. */
const rulesSchema = z
  .array(z.object({ check: z.enum(CHECKS.map((c) => c.id) as [CheckId, ...CheckId[]]), rule: text }).strict())
  .refine((rules) => rules.map((r) => r.check).join() === CHECKS.map((c) => c.id).join(), { error: `one rule per check, in this order: ${CHECKS.map((c) => c.id).join(', ')}` });

export type PartnerRule = z.infer<typeof rulesSchema>[number];

let doc: { 'x-flows'?: Record<string, unknown>; 'x-rules'?: unknown } | undefined;
const contract = () => (doc ??= parse(readFileSync(contractPath('connector.yaml'), 'utf8')) as NonNullable<typeof doc>);
const problems = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');

let cached: Map<number, FlowSpec> | undefined;

/** The nine flows of contracts/connector.yaml `x-flows`, by number; a malformed entry throws naming it. */
export function flowSpecs(): Map<number, FlowSpec> {
  if (cached) return cached;
  const specs = new Map<number, FlowSpec>();
  for (const flow of FLOWS) {
    const parsed = flowSpecSchema.safeParse(contract()['x-flows']?.[String(flow)]);
    if (!parsed.success) throw new Error(`contracts/connector.yaml x-flows.'${flow}': ${problems(parsed.error)}`);
    specs.set(flow, { ...parsed.data, flow });
  }
  cached = specs;
  return specs;
}

/** contracts/connector.yaml `x-rules`; malformed or not one per check, it throws saying so. */
export function partnerRules(): PartnerRule[] {
  const parsed = rulesSchema.safeParse(contract()['x-rules']);
  if (!parsed.success) throw new Error(`contracts/connector.yaml x-rules: ${problems(parsed.error)}`);
  return parsed.data;
}
