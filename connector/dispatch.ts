import type { FlowNumber } from './config.js';
import type { ChargebeeEvent, TogaiNotification, ZuoraAccountCallout } from './events.js';
import { chargebeeCustomerToTogai } from './flows/chargebee-customer-to-togai.js';
import { chargebeePaymentToTogaiPlan } from './flows/chargebee-payment-to-togai-plan.js';
import { type FlowClients, type FlowOutcome } from './flows/outcome.js';
import { togaiAccountToChargebee } from './flows/togai-account-to-chargebee.js';
import { togaiAccountToZuora } from './flows/togai-account-to-zuora.js';
import { togaiInvoiceToChargebee } from './flows/togai-invoice-to-chargebee.js';
import { togaiInvoiceToZuora } from './flows/togai-invoice-to-zuora.js';
import { togaiUsageToZuora, type UsageMode } from './flows/togai-usage-to-zuora.js';
import { zuoraAccountToTogai } from './flows/zuora-account-to-togai.js';

/** Some flows for one event failed; the rest ran. The sender should deliver it again. */
export class FlowFailure extends Error {
  override name = 'FlowFailure';
  constructor(
    readonly outcomes: FlowOutcome[],
    readonly failures: { flows: FlowNumber[]; error: Error }[],
  ) {
    super(failures.map((f) => `flow ${f.flows.join('/')}: ${f.error.message}`).join('; '));
  }
}

type Step = { flows: FlowNumber[]; run: () => Promise<FlowOutcome | FlowOutcome[]> };

/** Run every enabled flow for one event, each to its end even when another fails. */
async function runAll(steps: Step[], enabled: ReadonlySet<FlowNumber>): Promise<FlowOutcome[]> {
  const outcomes: FlowOutcome[] = [];
  const failures: FlowFailure['failures'] = [];
  for (const step of steps) {
    if (!step.flows.some((f) => enabled.has(f))) continue;
    try {
      const result = await step.run();
      outcomes.push(...(Array.isArray(result) ? result : [result]));
    } catch (e) {
      failures.push({ flows: step.flows, error: e as Error });
    }
  }
  if (failures.length) throw new FlowFailure(outcomes, failures);
  return outcomes;
}

function usageModes(enabled: ReadonlySet<FlowNumber>): Set<UsageMode> {
  return new Set([...(enabled.has(4) ? ['QUANTITY' as const] : []), ...(enabled.has(5) ? ['REVENUE' as const] : [])]);
}

export function onZuoraCallout(event: ZuoraAccountCallout, clients: FlowClients, enabled: ReadonlySet<FlowNumber>): Promise<FlowOutcome[]> {
  return runAll([{ flows: [1], run: () => zuoraAccountToTogai(event, clients) }], enabled);
}

export function onTogaiNotification(event: TogaiNotification, clients: FlowClients, enabled: ReadonlySet<FlowNumber>): Promise<FlowOutcome[]> {
  if (event.type === 'account.created') {
    return runAll(
      [
        { flows: [2], run: () => togaiAccountToZuora(event, clients) },
        { flows: [9], run: () => togaiAccountToChargebee(event, clients) },
      ],
      enabled,
    );
  }
  return runAll(
    [
      { flows: [3], run: () => togaiInvoiceToZuora(event, clients) },
      { flows: [4, 5], run: () => togaiUsageToZuora(event, clients, usageModes(enabled)) },
      { flows: [8], run: () => togaiInvoiceToChargebee(event, clients) },
    ],
    enabled,
  );
}

export async function onChargebeeEvent(event: ChargebeeEvent, clients: FlowClients, enabled: ReadonlySet<FlowNumber>): Promise<FlowOutcome[]> {
  if (event.event_type === 'customer_created') return runAll([{ flows: [6], run: () => chargebeeCustomerToTogai(event, clients) }], enabled);
  if (event.event_type === 'payment_succeeded') return runAll([{ flows: [7], run: () => chargebeePaymentToTogaiPlan(event, clients) }], enabled);
  // other event types start no flow; acknowledging them stops Chargebee redelivering
  return [];
}
