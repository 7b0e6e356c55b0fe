import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOWS } from '../connector/config.js';
import { flowSpecs, flowSpecSchema, partnerRules, type FieldSpec, type FlowSpec, type MappingSpec } from '../scenarios/conformance/flow-spec.js';
import { partnerSpecMarkdown } from '../scenarios/conformance/spec-markdown.js';
import { CHECKS } from '../scenarios/conformance/verdict.js';
import type { InProcessWorld } from '../scenarios/engine/in-process-world.js';
import { loadScenario, type LoadedScenario } from '../scenarios/engine/load.js';
import type { ScenarioResult } from '../scenarios/engine/run.js';
import type { Check } from '../scenarios/engine/schema.js';
import { referenceWorld, runAll, SCENARIO_DIR } from '../scenarios/engine/suite.js';
import type { Vendor } from '../scenarios/engine/vendors.js';
import type { Delivery } from '../simulators/kit/outbox.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';

const specs = [...flowSpecs().values()];
const scenarioOf = (spec: FlowSpec): LoadedScenario => loadScenario(join(SCENARIO_DIR, spec.scenario));

/** What a scenario's `expect` steps read from each vendor: the keys of the bodies they expect, and every string they name (bodies, params, query). */
function expectations(scenario: LoadedScenario): Record<Vendor, { keys: Set<string>; strings: Set<string> }> {
  const seen = { togai: { keys: new Set<string>(), strings: new Set<string>() }, zuora: { keys: new Set<string>(), strings: new Set<string>() }, chargebee: { keys: new Set<string>(), strings: new Set<string>() } };
  const walk = (value: unknown, into: (typeof seen)[Vendor]) => {
    if (typeof value === 'string') into.strings.add(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, into));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // matcher operators ($exactlyOnce, $contains, …) are not fields; what they hold is
        if (!k.startsWith('$')) into.keys.add(k);
        walk(v, into);
      }
    }
  };
  for (const step of scenario.steps) {
    // an expect step's checks; a call step's own `expect` is about the answer, not the vendor's state
    if ('call' in step || !('expect' in step) || !Array.isArray(step.expect)) continue;
    for (const check of step.expect as Check[]) {
      if (!('read' in check)) continue;
      const into = seen[check.read.vendor];
      walk(check.body, into);
      walk(check.read.params, into);
      walk(check.read.query, into);
    }
  }
  return seen;
}

/** The name under which a field shows in the vendor's reads: `readAs`, else the last segment of `to`. */
const readName = (f: FieldSpec) => f.readAs ?? f.to.split('.').at(-1)!.replace('[]', '');

/** Fields and written mappings of a flow its scenario does not expect anything of, as `to` paths. */
function unasserted(spec: FlowSpec): string[] {
  const seen = expectations(scenarioOf(spec));
  const vendorOf = (path: string) => path.split(' ')[0] as Vendor;
  const missing = spec.fields.filter((f) => !seen[vendorOf(f.to)].keys.has(readName(f))).map((f) => f.to);
  const mappingMissing = (m: MappingSpec) => ('field' in m ? !seen[vendorOf(m.field)].keys.has(m.field.split('.').at(-1)!) : !seen.togai.strings.has(m.id));
  const mappings = spec.mappings.filter((m) => m.role === 'writes' && mappingMissing(m)).map((m) => ('field' in m ? m.field : `togai setting ${m.namespace}.${m.id}`));
  return [...missing, ...mappings];
}

describe('the partner specification (contracts/connector.yaml x-flows and x-rules)', () => {
  it('gives all nine flows, loops named both ways, and one rule per conformance check', () => {
    expect(specs.map((s) => s.flow)).toEqual([...FLOWS]);
    for (const spec of specs.filter((s) => s.loopWith)) expect(flowSpecs().get(spec.loopWith!)?.loopWith, `flow ${spec.flow} loops with ${spec.loopWith}`).toBe(spec.flow);
    expect(specs.filter((s) => s.loopWith).map((s) => s.flow)).toEqual([1, 2, 6, 9]);
    expect(partnerRules().map((r) => r.check)).toEqual(CHECKS.map((c) => c.id));
  });

  it('refuses an entry a partner could misread: unknown keys, a field both copied and fixed, a write to a vendor the flow does not write to', () => {
    const { flow: _flow, ...entry } = flowSpecs().get(2)!;
    const problems = (changed: object) => flowSpecSchema.safeParse({ ...entry, ...changed }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(problems({})).toEqual([]);
    expect(problems({ fields: [{ ...entry.fields[0]!, fallback: ['x'] }] })).toEqual([expect.stringMatching(/^fields\.0: .*fallback/)]);
    expect(problems({ fields: [{ ...entry.fields[0]!, value: 'x' }] })).toEqual(['fields.0: either from (a source field) or value (a fixed value), not both']);
    expect(problems({ fields: [{ to: 'chargebee customer.email', from: 'togai customer.primaryEmail' }] })).toEqual(['fields.0.to: writes to chargebee, which is not in writes [zuora, togai]']);
    expect(problems({ finds: { lookup: 'somewhere' } })).toEqual(['finds: an idempotencyKey, or a note saying why there is none']);
  });

  it('counts a field as unasserted when no read of its vendor expects it by name', () => {
    const spec = flowSpecs().get(1)!;
    const extra = { to: 'togai customer.nickname', from: 'zuora account.basicInfo.nickname' };
    // a Zuora field of the same name would not do: the field goes to Togai
    const misplaced = { to: 'zuora account.TogaiAccountId__c', from: 'togai account.id' };
    expect(unasserted({ ...spec, fields: [...spec.fields, extra] })).toContain('togai customer.nickname');
    expect(unasserted({ ...spec, fields: [{ ...misplaced, to: 'togai account.TogaiAccountId__c' }] })).toEqual(['togai account.TogaiAccountId__c']);
  });

  it("names for every flow a scenario that exists and is tagged with the flow", () => {
    for (const spec of specs) {
      const file = join(SCENARIO_DIR, spec.scenario);
      expect(existsSync(file), `flow ${spec.flow}: scenarios/${spec.scenario} exists`).toBe(true);
      expect(scenarioOf(spec).tags, `flow ${spec.flow}: scenarios/${spec.scenario}`).toContain(`flow-${spec.flow}`);
    }
  });

  describe('each flow scenario, run against the reference connector', () => {
    const outboxes = new Map<string, Delivery[]>();
    let results: ScenarioResult[] = [];

    beforeAll(async () => {
      const worlds = new Map<string, InProcessWorld>();
      results = await runAll(
        specs.map(scenarioOf),
        (scenario) => {
          const world = referenceWorld(scenario);
          worlds.set(scenario.file, world);
          return world;
        },
        // only what the vendors sent matters here; the conformance tests judge the outcomes
        { concurrency: 2, skipExpectations: true },
      );
      for (const [file, world] of worlds) outboxes.set(file, world.sandbox.outbox.list());
    }, 30_000);

    it.each(specs.map((s) => [s.flow, s] as const))("flow %i: the trigger's vendor delivers the trigger to its receiver, answered 2xx", (_flow, spec) => {
      const result = results.find((r) => r.file === join(SCENARIO_DIR, spec.scenario))!;
      expect(result.failure?.found ?? [], `scenarios/${spec.scenario} runs`).toEqual([]);
      const sent = outboxes.get(result.file)!.filter((d) => d.source === spec.trigger.source && d.eventType === spec.trigger.eventType);
      const seen = outboxes.get(result.file)!.map((d) => `${d.source} ${d.eventType} ${new URL(d.url).pathname} (${d.state})`);
      expect(sent.length, `scenarios/${spec.scenario} makes ${spec.trigger.source} send ${spec.trigger.eventType}; it sent: ${seen.join(', ')}`).toBeGreaterThan(0);
      for (const d of sent) {
        expect(new URL(d.url).pathname).toBe(spec.trigger.receiver);
        expect(d.state, `${d.eventType} ${d.id}`).toBe('delivered');
      }
    });
  });

  // "the scenarios check exactly what it says": every field and every link a flow writes is expected of the vendor it goes to
  it.each(specs.map((s) => [s.flow, s] as const))('flow %i: its scenario expects every field and mapping it writes', (_flow, spec) => {
    expect(unasserted(spec), `fields of x-flows.'${spec.flow}' that no read in scenarios/${spec.scenario} expects (by name, of that vendor)`).toEqual([]);
  });

  it("README's partner specification is the one rendered from x-flows and x-rules, line for line", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8').split('\n');
    const rendered = partnerSpecMarkdown().split('\n');
    const start = readme.indexOf(rendered[0]!);
    expect(start, `README.md has the line "${rendered[0]}" (paste partnerSpecMarkdown() of scenarios/conformance/spec-markdown.ts)`).toBeGreaterThanOrEqual(0);
    const differs = rendered.findIndex((line, i) => readme[start + i] !== line);
    expect(differs === -1 ? undefined : { readmeLine: start + differs + 1, readme: readme[start + differs], expected: rendered[differs] }, 'README.md differs from x-flows').toBeUndefined();
  });
});
