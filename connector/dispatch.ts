import type { FlowNumber } from './config.js';
import type { ChargebeeEvent, TogaiNotification, ZuoraAccountCallout } from './events.js';
import { chargebeeCustomerToTogai, togaiLink } from './flows/chargebee-customer-to-togai.js';
import { chargebeePaymentToTogaiPlan } from './flows/chargebee-payment-to-togai-plan.js';
import type { FlowClients, FlowOutcome } from './flows/outcome.js';
import { togaiAccountToChargebee } from './flows/togai-account-to-chargebee.js';
import { togaiAccountToZuora } from './flows/togai-account-to-zuora.js';
import { togaiInvoiceToChargebee } from './flows/togai-invoice-to-chargebee.js';
import { togaiInvoiceToZuora } from './flows/togai-invoice-to-zuora.js';
import { togaiUsageToZuora, type UsageMode } from './flows/togai-usage-to-zuora.js';
import { zuoraAccountToTogai } from './flows/zuora-account-to-togai.js';
import { KeyedQueue } from './keyed-queue.js';
import { isPermanent } from './permanent-failures.js';

/**
 * Some flows for one event failed; the rest ran. The sender should deliver it again, unless
 * every failure is permanent (isPermanent): then no redelivery can help, and saying so stops it.
 */
export class FlowFailure extends Error {
  override name = 'FlowFailure';
  readonly permanent: boolean;

  constructor(
    readonly outcomes: FlowOutcome[],
    readonly failures: { flows: FlowNumber[]; error: Error }[],
  ) {
    super(failures.map((f) => `flow ${f.flows.join('/')}: ${f.error.message}`).join('; '));
    this.permanent = failures.length > 0 && failures.every((f) => isPermanent(f.error));
  }
}

type Step = { flows: FlowNumber[]; run: () => Promise<FlowOutcome | FlowOutcome[]> };

/**
 * Runs the enabled flows for each event, one event at a time per Togai account it concerns
 * (the IDs the flows give a vendor's record in Togai), so overlapping deliveries about one
 * account do not both act on what they read before either wrote.
 */
export class FlowRunner {
  private readonly queue = new KeyedQueue();

  constructor(
    readonly clients: FlowClients,
    readonly enabled: ReadonlySet<FlowNumber>,
  ) {}

  /** Every enabled step, each to its end even when another fails. */
  private async runAll(key: string, steps: Step[]): Promise<FlowOutcome[]> {
    const wanted = steps.filter((s) => s.flows.some((f) => this.enabled.has(f)));
    if (wanted.length === 0) return [];
    return this.queue.run(key, async () => {
      const outcomes: FlowOutcome[] = [];
      const failures: FlowFailure['failures'] = [];
      for (const step of wanted) {
        try {
          const result = await step.run();
          outcomes.push(...(Array.isArray(result) ? result : [result]));
        } catch (e) {
          failures.push({ flows: step.flows, error: e as Error });
        }
      }
      if (failures.length) throw new FlowFailure(outcomes, failures);
      return outcomes;
    });
  }

  private usageModes(): Set<UsageMode> {
    return new Set([...(this.enabled.has(4) ? ['QUANTITY' as const] : []), ...(this.enabled.has(5) ? ['REVENUE' as const] : [])]);
  }

  onZuoraCallout(event: ZuoraAccountCallout): Promise<FlowOutcome[]> {
    return this.runAll(`account:${event.accountId}`, [{ flows: [1], run: () => zuoraAccountToTogai(event, this.clients) }]);
  }

  onTogaiNotification(event: TogaiNotification): Promise<FlowOutcome[]> {
    if (event.type === 'account.created') {
      return this.runAll(`account:${event.data.account.id}`, [
        { flows: [2], run: () => togaiAccountToZuora(event, this.clients) },
        { flows: [9], run: () => togaiAccountToChargebee(event, this.clients) },
      ]);
    }
    // an invoice naming no account is queued on its own; the flows then skip it, saying why
    return this.runAll(`account:${event.data.invoice.ownerId ?? `invoice:${event.data.invoice.id}`}`, [
      { flows: [3], run: () => togaiInvoiceToZuora(event, this.clients) },
      { flows: [4, 5], run: () => togaiUsageToZuora(event, this.clients, this.usageModes()) },
      { flows: [8], run: () => togaiInvoiceToChargebee(event, this.clients) },
    ]);
  }

  onChargebeeEvent(event: ChargebeeEvent): Promise<FlowOutcome[]> {
    const customer = event.content.customer;
    const key = `account:${(customer && togaiLink(customer)) ?? customer?.id ?? event.id}`;
    if (event.event_type === 'customer_created') return this.runAll(key, [{ flows: [6], run: () => chargebeeCustomerToTogai(event, this.clients) }]);
    if (event.event_type === 'payment_succeeded') return this.runAll(key, [{ flows: [7], run: () => chargebeePaymentToTogaiPlan(event, this.clients) }]);
    // other event types start no flow; acknowledging them stops Chargebee redelivering
    return Promise.resolve([]);
  }
}
