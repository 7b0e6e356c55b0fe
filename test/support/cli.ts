import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { CliIo } from '../../scenarios/cli.js';
import { PROJECT_ROOT } from '../../simulators/kit/project-root.js';

/** The CLI's io with everything written kept for the test to read. */
export function captureIo(env: NodeJS.ProcessEnv = {}, cwd = PROJECT_ROOT): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    env,
    cwd,
  };
  return io;
}

/** `count` distinct ports free right now: each listened on at port 0, then all closed. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

export interface Child {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

/** A node process in the project's root with exactly `env`, its output kept. */
export function startNode(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const started: Child = { child, stdout: '', stderr: '', exit: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null)))) };
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (started.stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (started.stderr += c));
  return started;
}

/** Resolves once the process has printed a line matching `ready`; fails if it exits first. */
export function printed(started: Child, ready: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = ready.exec(started.stdout);
      if (match) resolve(match);
    };
    check();
    started.child.stdout!.on('data', check);
    void started.exit.then((code) => reject(new Error(`process exited with ${code} before printing ${ready}:\n${started.stdout}\n${started.stderr}`)));
  });
}

/** Ask the process to stop and answer its exit code. */
export async function stop(started: Child): Promise<number | null> {
  if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGTERM');
  return started.exit;
}

/** XML entity references back to text (enough for attribute values the reporters write). */
export function xmlUnescape(text: string): string {
  return text.replace(/&(#\d+|quot|apos|lt|gt|amp);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[e]!,
  );
}

/** A base B whose B+10, B+20 and B+30 are free on 127.0.0.1 now (for --port-base). */
export async function freePortBase(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let tries = 0; tries < 50; tries++) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    if ((await free(base + 10)) && (await free(base + 20)) && (await free(base + 30))) return base;
  }
  throw new Error('no free port base found in 50 tries');
}
