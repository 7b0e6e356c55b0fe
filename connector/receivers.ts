import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ConnectorConfig } from './config.js';
import { deliveryProblem } from './delivery-checks.js';
import { FlowFailure, type FlowRunner } from './dispatch.js';
import type { ChargebeeEvent, TogaiNotification, ZuoraAccountCallout } from './events.js';
import type { FlowOutcome } from './flows/outcome.js';
import { basicAuthMatches, togaiSignatureMatches } from './receiver-auth.js';
import { RECEIVER_BODY_LIMIT } from './receiver-limits.js';
import { RECEIVER_PATHS } from './receiver-paths.js';

function parseJson(raw: unknown): { value?: unknown; error?: string } {
  if (typeof raw !== 'string' || raw === '') return { error: 'the body is empty; a JSON object was expected' };
  try {
    return { value: JSON.parse(raw) };
  } catch (e) {
    return { error: `the body is not JSON: ${(e as Error).message}` };
  }
}

/**
 * Answer only once the flows have run: 200 when every flow is done (or had nothing to do),
 * 500 when one failed for a reason that may pass, so the vendor delivers again and nothing is
 * lost; 400 when every failure would come back on redelivery (a vendor refused the request as
 * invalid), so the vendor stops.
 */
async function runFlows(reply: FastifyReply, run: () => Promise<FlowOutcome[]>): Promise<unknown> {
  try {
    const outcomes = await run();
    reply.log.info({ outcomes }, 'flows ran');
    return { outcomes };
  } catch (e) {
    if (e instanceof FlowFailure && e.permanent) {
      reply.log.warn({ failures: e.message }, 'delivery refused: a vendor refused what its flows asked as invalid, which no redelivery changes');
      return reply.code(400).send({ error: `the delivery cannot be processed, now or on redelivery: ${e.message}`, outcomes: e.outcomes });
    }
    if (e instanceof FlowFailure) {
      reply.log.warn({ failures: e.message }, 'flows failed; the sender will deliver again');
      return reply.code(500).send({ error: e.message, outcomes: e.outcomes });
    }
    reply.log.error(e);
    return reply.code(500).send({ error: (e as Error).message });
  }
}

function unauthorized(reply: FastifyReply, what: string) {
  return reply.code(401).send({ error: `${what}; the delivery was not acted on` });
}

/** 400 for an authenticated delivery that can never be processed, logged with why. */
function refuse(reply: FastifyReply, error: string) {
  reply.log.warn({ reason: error }, 'delivery refused: it is not what the vendor sends');
  return reply.code(400).send({ error });
}

/** Failures Fastify raises before a receiver runs (an oversized or unreadable body), as `{error}` with a 4xx. */
function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    reply.log.error(error);
    return reply.code(500).send({ error: error.message });
  }
  const message = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `the body is larger than ${RECEIVER_BODY_LIMIT} bytes, the most a receiver reads; no vendor delivery comes near it` : error.message;
  reply.log.warn({ reason: message }, 'delivery refused before it was read');
  return reply.code(status).send({ error: message });
}

/** The receivers contracts/connector.yaml describes, and /health. */
export function registerReceivers(app: FastifyInstance, config: ConnectorConfig, runner: FlowRunner): void {
  // bodies stay text until they are checked: Togai signs the exact bytes
  app.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.setErrorHandler(frameworkError);

  app.get('/health', async () => ({ status: 'ok', flows: [...runner.enabled].sort() }));

  app.post(RECEIVER_PATHS.zuora, async (req, reply) => {
    if (!config.zuora) return reply.code(404).send({ error: 'the Zuora connection is not configured' });
    if (!basicAuthMatches(req.headers.authorization, config.zuora.callout)) return unauthorized(reply, 'missing or wrong Basic credentials for the Zuora callout');
    const { value, error } = parseJson(req.body);
    const accountId = (value as Partial<ZuoraAccountCallout> | undefined)?.accountId;
    if (error || typeof accountId !== 'string' || accountId === '') {
      return refuse(reply, error ?? `body field 'accountId' must be a non-empty string: the callout body must be {"accountId": "<Account.Id>"}, as the callout template merges it`);
    }
    const problem = deliveryProblem('ZuoraAccountCallout', value);
    if (problem) return refuse(reply, problem);
    return runFlows(reply, () => runner.onZuoraCallout({ accountId }));
  });

  app.post(RECEIVER_PATHS.chargebee, async (req, reply) => {
    if (!config.chargebee) return reply.code(404).send({ error: 'the Chargebee connection is not configured' });
    if (!basicAuthMatches(req.headers.authorization, config.chargebee.webhook)) return unauthorized(reply, 'missing or wrong Basic credentials for the Chargebee webhook');
    const { value, error } = parseJson(req.body);
    const event = value as Partial<ChargebeeEvent> | undefined;
    if (error || typeof event?.event_type !== 'string' || typeof event.content !== 'object' || event.content === null) {
      return refuse(reply, error ?? 'the body must be a Chargebee event with event_type and content');
    }
    const problem = deliveryProblem('ChargebeeEvent', value);
    if (problem) return refuse(reply, problem);
    return runFlows(reply, () => runner.onChargebeeEvent(event as ChargebeeEvent));
  });

  app.post(RECEIVER_PATHS.togai, async (req, reply) => {
    const raw = typeof req.body === 'string' ? req.body : '';
    const signature = req.headers['x-togai-signature'];
    if (!togaiSignatureMatches(typeof signature === 'string' ? signature : undefined, raw, config.togai.notificationSecret)) {
      return unauthorized(reply, 'missing or wrong x-togai-signature (sha256=<hex HMAC-SHA256 of the raw body>)');
    }
    const { value, error } = parseJson(raw);
    const event = value as Partial<TogaiNotification> | undefined;
    if (error || (event?.type !== 'account.created' && event?.type !== 'invoice.generated') || typeof event.data !== 'object' || event.data === null) {
      return refuse(reply, error ?? 'the body must be a Togai notification of type account.created or invoice.generated');
    }
    const problem = deliveryProblem(event.type === 'account.created' ? 'AccountCreated' : 'InvoiceGenerated', value);
    if (problem) return refuse(reply, problem);
    return runFlows(reply, () => runner.onTogaiNotification(event as TogaiNotification));
  });
}
