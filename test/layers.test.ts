import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule of eslint.config.js that keeps DESIGN.md's layers: each case is a one-line module
// at `file` importing `from`. The imported files are real, so the rule must resolve ./x.js to x.ts
// to see them; a resolver that found nothing would let every import pass.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const RULE = 'import-x/no-restricted-paths';

async function lintImport(file: string, from: string) {
  const [result] = await eslint.lintText(`import * as m from '${from}';\nexport { m };\n`, { filePath: `${root}${file}` });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe('the layer rule (npm run lint)', () => {
  it.each([
    ['simulators/kit/probe.ts', '../../connector/app.js', 'kit -> connector'],
    ['simulators/kit/probe.ts', '../../scenarios/engine/run.js', 'kit -> scenarios'],
    ['simulators/kit/probe.ts', '../togai/index.js', 'kit -> vendor'],
    ['simulators/togai/probe.ts', '../chargebee/demo-data.js', 'vendor -> other vendor'],
    ['simulators/zuora/probe.ts', '../../app/live.js', 'vendor -> app'],
    ['connector/probe.ts', '../scenarios/engine/run.js', 'connector -> scenarios'],
    ['connector/probe.ts', '../app/config.js', 'connector -> app'],
    ['app/probe.ts', '../scenarios/engine/run.js', 'app -> scenario engine'],
    ['scenarios/engine/probe.ts', '../cli.js', 'scenario engine -> CLI'],
    ['connector/probe.ts', '../test/support/connected.js', 'connector -> test code'],
    ['dashboard/probe.ts', '../connector/app.js', 'dashboard -> connector'],
    ['dashboard/probe.ts', '../simulators/togai/state.js', 'dashboard -> vendor internals'],
    ['dashboard/probe.ts', '../app/live.js', 'dashboard -> app'],
    ['simulators/kit/probe.ts', '../../dashboard/server.js', 'kit -> dashboard'],
    ['simulators/chargebee/probe.ts', '../../dashboard/server.js', 'vendor -> dashboard'],
  ])('refuses %s importing %s (%s)', async (file, from) => {
    const messages = await lintImport(file, from);
    expect(messages).toEqual([{ rule: RULE, message: expect.stringContaining(`Unexpected path "${from}" imported in restricted zone.`) }]);
  });

  it.each([
    ['simulators/kit/probe.ts', './clock.js', 'kit -> kit'],
    ['simulators/togai/probe.ts', '../kit/sandbox.js', 'vendor -> kit'],
    ['connector/probe.ts', '../simulators/kit/limits.js', 'connector -> kit'],
    ['app/probe.ts', '../connector/app.js', 'app -> connector'],
    ['app/probe.ts', '../simulators/togai/index.js', 'app -> vendor'],
    ['scenarios/engine/probe.ts', '../../app/connector-subscribers.js', 'scenario engine -> app'],
    ['app/scenarios.ts', '../scenarios/engine/run.js', 'the ./scenarios package entry -> scenario engine'],
    ['scenarios/cli.ts', './engine/run.js', 'CLI -> scenario engine'],
    ['dashboard/probe.ts', '../simulators/kit/sandbox.js', 'dashboard -> kit'],
    ['dashboard/probe.ts', '../contracts/types/togai.js', 'dashboard -> generated contract types'],
    ['app/probe.ts', '../dashboard/server.js', 'app -> dashboard'],
  ])('allows %s importing %s (%s)', async (file, from) => {
    expect(await lintImport(file, from)).toEqual([]);
  });
});
