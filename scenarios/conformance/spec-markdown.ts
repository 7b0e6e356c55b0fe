import type { Vendor } from '../engine/vendors.js';
import { flowSpecs, partnerRules, type FieldSpec, type FlowSpec, type MappingSpec } from './flow-spec.js';

const VENDOR_NAMES: Record<Vendor, string> = { togai: 'Togai', zuora: 'Zuora', chargebee: 'Chargebee' };
// prose: a table's pipes and an HTML-looking <id> would be taken as markup
const prose = (value: string | undefined) => (value ?? '').replace(/[|<]/g, '\\$&');
const code = (value: string) => `\`${value}\``;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function fieldRow(f: FieldSpec): string {
  const to = code(f.to) + (f.readAs ? ` (read as ${code(f.readAs)})` : '');
  return row([to, f.value !== undefined ? `${code(String(f.value))} (fixed)` : prose(f.from), prose(f.fallbacks?.join(', then ')), prose(f.note)]);
}

function mappingRow(m: MappingSpec): string {
  const where = 'field' in m ? code(m.field) : `Togai setting on the ${m.entity.toLowerCase().replace('_', ' ')}: ${code(`${m.namespace}.${m.id}`)}`;
  return row([where, prose(m.value), m.role, prose(m.when)]);
}

function flowSection(spec: FlowSpec): string[] {
  const { trigger, finds } = spec;
  const key = finds.idempotencyKey ? `idempotency key ${code(`${finds.idempotencyKey.header}: ${finds.idempotencyKey.value}`)}` : 'no idempotency key';
  return [
    `#### Flow ${spec.flow}: ${spec.title}`,
    '',
    `Trigger: ${VENDOR_NAMES[trigger.source]} ${code(trigger.eventType)} at ${code(`POST ${trigger.receiver}`)}. Writes to ${spec.writes.map((v) => VENDOR_NAMES[v]).join(' and ')}. ` +
      `Scenario: ${code(`scenarios/${spec.scenario}`)}.${spec.loopWith ? ` Flow ${spec.loopWith} must not carry it back.` : ''}`,
    '',
    prose(`${spec.effect} Reads: ${spec.reads.join('; ')}.`),
    '',
    row(['field written', 'from', 'fallbacks, in order', 'note']),
    row(['---', '---', '---', '---']),
    ...spec.fields.map(fieldRow),
    '',
    row(['mapping', 'value', 'the flow', 'written']),
    row(['---', '---', '---', '---']),
    ...spec.mappings.map(mappingRow),
    '',
    `Finds its earlier work: ${prose(finds.lookup)}; ${key}${finds.note ? ` (${prose(finds.note)})` : ''}.`,
    '',
    prose(`Answers 2xx and writes nothing when: ${spec.skips.join('; ')}.`),
    '',
  ];
}

/**
 * README's "Partner specification" tables, rendered from `x-flows` and `x-rules` so the two
 * cannot drift: test/partner-spec.test.ts checks README holds exactly these lines.
 */
export function partnerSpecMarkdown(): string {
  return [
    ...[...flowSpecs().values()].flatMap(flowSection),
    '#### Rules every flow keeps',
    '',
    row(['check', 'rule']),
    row(['---', '---']),
    ...partnerRules().map((r) => row([code(r.check), prose(r.rule)])),
  ].join('\n');
}
