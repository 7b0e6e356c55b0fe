import type { RequestHandler } from 'msw';
import { buildConnector, type Connector, type ConnectorMemory } from '../connector/app.js';
import type { ConnectorConfig } from '../connector/config.js';
import { refusalReason, type Sender } from '../simulators/kit/delivery-sender.js';
import { InProcessDispatcher } from '../simulators/kit/in-process-dispatcher.js';
import type { Simulator } from '../simulators/kit/simulator.js';

export interface InProcessConnectorMemory {
  instance: ConnectorMemory;
  answers: DeliveryAnswer[];
  waits: number[];
}

/** The connector's answer to one delivery: its flows' outcomes, or its error. */
export interface DeliveryAnswer {
  path: string;
  status: number;
  body: any;
}

/**
 * The reference connector in the sandbox's process with no port: its undici calls are answered
 * by the simulators in process (at their vendors' origins), and deliveries reach it through
 * Fastify's inject (`sender`). Retry waits are recorded, not slept, and its clock is the
 * sandbox's. An instance is built on first use, so a caller can put msw handlers in front of the
 * simulators for the first one (`start`): a test's faults.
 */
export class InProcessConnector {
  /** The connector's answer to each delivery, in order. */
  readonly answers: DeliveryAnswer[] = [];
  /** Every backoff the connector asked to wait, in ms. */
  readonly waits: number[] = [];
  private instance: Connector | undefined;
  private front: RequestHandler[] = [];
  private served: { host: string; port: number } | undefined;

  /** `simulators`: each simulator by the origin its vendor's API is at, which the connector is configured with. */
  constructor(
    readonly config: ConnectorConfig,
    private readonly simulators: ReadonlyMap<string, Simulator<any>>,
    private readonly now: () => number,
  ) {}

  /** The running instance, started on first use. */
  get current(): Connector {
    return this.instance ?? this.start();
  }

  /** A fresh instance whose calls go to `front` (msw handlers) first, then to the simulators; the previous one must be closed. */
  start(front: RequestHandler[] = []): Connector {
    if (this.instance) throw new Error('an in-process connector instance is running; close() it before start(), or call restart()');
    this.front = front;
    this.instance = buildConnector(this.config, {
      dispatcher: new InProcessDispatcher(front, this.simulators),
      sleep: async (ms) => void this.waits.push(ms),
      random: () => 0.5,
      now: this.now,
    });
    return this.instance;
  }

  /** A fresh instance, as after a process restart: nothing carried over but the configuration (and its port, when listening). */
  async restart(front: RequestHandler[] = this.front): Promise<Connector> {
    const served = this.served;
    await this.close();
    const connector = this.start(front);
    if (served) await this.listen(served.host, served.port);
    return connector;
  }

  /** Serve the running instance's receivers on a port too; deliveries from the sandbox still come in process. */
  async listen(host: string, port: number): Promise<string> {
    const url = await this.current.app.listen({ host, port });
    this.served = { host, port: Number(new URL(url).port) };
    return url;
  }

  /** Stop serving on the port: a closed Fastify app cannot serve again, so a fresh instance takes over in process. */
  async unlisten(): Promise<void> {
    if (!this.served) return;
    this.served = undefined;
    await this.close();
    this.start(this.front);
  }

  /** The outbox's sender: each delivery is injected into the running instance. */
  readonly sender: Sender = async (url, init) => {
    const path = new URL(url).pathname;
    const res = await this.current.app.inject({ method: init.method as 'POST', url: path, headers: init.headers, payload: init.body });
    this.answers.push({ path, status: res.statusCode, body: res.body ? res.json() : undefined });
    // the body goes on the attempt as its answer (the outbox cuts it), where the dashboard reads the outcomes
    return { status: res.statusCode, ...(res.statusCode < 300 ? {} : { reason: refusalReason(res.body) }), ...(res.body ? { answer: res.body } : {}) };
  };

  /** What the running instance and its record of answers and waits hold, for a sandbox snapshot. */
  memory(): InProcessConnectorMemory {
    return { instance: this.current.memory(), answers: [...this.answers], waits: [...this.waits] };
  }

  /** Whether `memory` has the shape memory() gives (a snapshot's, checked before it is loaded). */
  static fits(memory: unknown): boolean {
    const m = memory as Partial<InProcessConnectorMemory> | null;
    const instance = m?.instance as Partial<ConnectorMemory> | undefined;
    return Array.isArray(m?.answers) && Array.isArray(m?.waits) && typeof instance === 'object' && instance !== null && typeof instance.reconciled === 'object' && instance.reconciled !== null;
  }

  /** Hold what a snapshot held; without one (taken without the connector), a fresh instance's memory. */
  remember(memory: InProcessConnectorMemory | undefined): void {
    this.answers.splice(0, this.answers.length, ...(memory?.answers ?? []));
    this.waits.splice(0, this.waits.length, ...(memory?.waits ?? []));
    this.current.remember(memory?.instance ?? { zuoraToken: undefined, reconciled: { zuora: undefined, chargebee: undefined } });
  }

  async close(): Promise<void> {
    const instance = this.instance;
    this.instance = undefined;
    this.served = undefined;
    await instance?.close();
  }
}
