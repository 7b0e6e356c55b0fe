import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSandboxEnv } from '../app/config.js';
import { main } from '../scenarios/cli.js';
import { partnerSettings } from '../scenarios/engine/partner-world.js';
import { captureIo, freePortBase, printed, startNode, stop, type Child } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';

interface JsonFlow {
  flow: number;
  status: string;
  checks: { check: string; status: string; durationMs: number; reason: string | null; failure: { expected: string; found: string[] } | null }[];
}

describe('billing-sim conform against a connector of its own process that runs flow 6 alone', () => {
  let connector: Child;
  let connectorUrl: string;
  let base: number;
  // stands for a sandbox already on the ports of the environment (npm start, another run)
  let occupant: Server;
  let occupied: Record<string, string>;
  // where the reports are written
  const reports = mkdtempSync(join(tmpdir(), 'conform-'));

  beforeAll(async () => {
    base = await freePortBase();
    const settings = partnerSettings(readSandboxEnv({ TOGAI_PORT: String(base + 10), ZUORA_PORT: String(base + 20), CHARGEBEE_PORT: String(base + 30) }));
    connector = startNode([programFile('connector')], { ...settings, CONNECTOR_PORT: '0', CONNECTOR_FLOWS: '6' });
    occupant = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => occupant.listen(0, '127.0.0.1', resolve));
    const port = String((occupant.address() as { port: number }).port);
    occupied = { TOGAI_PORT: port, ZUORA_PORT: port, CHARGEBEE_PORT: port };
    connectorUrl = (await printed(connector, /^connector (http:\/\/\S+)\n[\s\S]*^connector ready$/m))[1]!;
  }, 30_000);

  afterAll(async () => {
    await new Promise((resolve) => occupant?.close(resolve));
    rmSync(reports, { recursive: true, force: true });
    if (connector) expect(await stop(connector)).toBe(0);
  });

  it('passes every check of flow 6 and reports the other flows not claimed at once, beside a sandbox on the usual ports (--port-base)', async () => {
    const out = join(reports, 'report.json');
    const io = captureIo(occupied);
    const code = await main(['conform', '--connector-url', connectorUrl, '--port-base', String(base), '--reporter', 'json', '--out', out], io);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { verdict: string; claims: { flows: number[]; source: string }; flows: JsonFlow[] };
    const failures = report.flows.flatMap((f) => f.checks.filter((c) => c.failure).map((c) => `flow ${f.flow} ${c.check}: ${c.failure!.expected}\n${c.failure!.found.join('\n')}`));
    expect(failures, `${failures.join('\n\n')}\n${io.stderr}`).toEqual([]);
    expect(code).toBe(0);
    expect(report.claims).toEqual({ flows: [6], source: "the connector's /health" });
    expect(io.stdout).toContain(`TOGAI_BASE_URL=http://127.0.0.1:${base + 10}`);
    const six = report.flows.find((f) => f.flow === 6)!;
    expect(six.status).toBe('pass');
    expect(six.checks.map((c) => c.status)).toEqual(Array(8).fill('pass'));
    for (const f of report.flows.filter((f) => f.flow !== 6)) {
      expect(f.status).toBe('not-claimed');
      // nothing ran, nothing waited
      expect(f.checks.every((c) => c.status === 'not-claimed' && c.durationMs === 0 && /^not claimed: the connector's \/health lists flow 6$/.test(c.reason!))).toBe(true);
    }
  }, 30_000);

  it('judges flow 6 only on the checks asked for, and writes a report a partner can attach', async () => {
    const out = join(reports, 'report.html');
    const io = captureIo(occupied);
    expect(await main(['conform', '--connector-url', connectorUrl, '--port-base', String(base), '--check', 'unauthenticated', '--reporter', 'html', '--out', out], io)).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<tr data-flow="6">.*<td class="status-pass" data-check="unauthenticated"/);
    expect(html).not.toContain('data-check="happy-path"');
    expect(io.stdout).toContain(`html report written to ${out}`);
  }, 20_000);

  it('refuses a bad --port-base or --check, naming the option', async () => {
    for (const [args, says] of [
      [['--port-base', '65510'], '--port-base must be a whole number from 1 to 65505'],
      [['--port-base', 'x'], '--port-base must be a whole number'],
      [['--check', 'happy'], '--check must be one of happy-path, duplicate-delivery'],
    ] as const) {
      const io = captureIo(occupied);
      expect(await main(['conform', '--connector-url', connectorUrl, ...args], io)).toBe(2);
      expect(io.stderr).toContain(says);
    }
    const io = captureIo(occupied);
    expect(await main(['conform', '--port-base', '5000'], io)).toBe(2);
    expect(io.stderr).toContain('conform: --port-base needs --connector-url');
  });
});
