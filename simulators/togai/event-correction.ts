import type { TogaiHandlers } from './operations.js';
import { badRequest } from './errors.js';
import { eventView } from './events.js';
import { check, ingestedBody, meter, payloadOf, revertible, ruleFailure, withdraw, withdrawal, type Checked, type Withdrawal } from './ingestion.js';
import { queryFlag } from './query-flags.js';
import type { TogaiState } from './state.js';
import type { StoredEvent } from './usage-records.js';

const ACTIONS = ['UNDO', 'REDO', 'REDO_EVENT'] as const;
type Action = (typeof ACTIONS)[number];

const WOULD: Record<Action, string> = {
  UNDO: 'take back what it metered',
  REDO: 'take back what it metered and ingest it again',
  REDO_EVENT: 'take back what it metered and ingest the corrected payload in its place',
};

/** An EventCorrectionInfo: the event as it now stands, and what the correction did to it. */
function outcome(state: TogaiState, e: StoredEvent, status: 'REVERTED' | 'CORRECTED' | 'FAILED' | 'PENDING_CONFIRMATION', reason: string) {
  return { ...eventView(state, e), status, reason };
}

export const eventCorrectionHandlers = {
  /**
   * Correct one ingested event, named by the body's `event.id` (and its `accountId`, except for
   * REDO_EVENT, whose body is the corrected payload). UNDO takes back the usage it added to its
   * open billing cycle; REDO then meters it again as the schema and meters now stand; REDO_EVENT
   * meters the corrected payload instead, in the cycle its timestamp falls in. An event whose
   * cycle has closed cannot be corrected: its invoice is final. `require_confirmation=true` only
   * says what would happen.
   */
  eventCorrection(req, ctx) {
    const state = ctx.state;
    const action = req.query.action as Action;
    if (!ACTIONS.includes(action)) throw badRequest(`query parameter 'action' must be UNDO, REDO or REDO_EVENT, got '${String(action)}'`);
    const event = req.body?.event;
    if (!event) throw badRequest("body field 'event' is required: the event to correct, with its id and accountId (for REDO_EVENT, the corrected payload)");
    if (event.id === undefined) throw badRequest("body field 'event.id' is required: it names the ingested event to correct");
    const stored = state.events.get(event.id);
    if (!stored) throw badRequest(`No event with id '${event.id}' was ingested, so there is nothing to correct`);
    if (action !== 'REDO_EVENT' && (state.routes.get(event.accountId) ?? event.accountId) !== stored.accountId) {
      throw badRequest(`Event '${event.id}' belongs to account '${stored.accountId}', not to '${event.accountId}'`);
    }
    const answer = (e: StoredEvent, status: Parameters<typeof outcome>[2], reason: string) => ({ status: 200, body: { data: [outcome(state, e, status, reason)] } });

    if (!revertible(state, stored)) {
      return answer(stored, 'FAILED', `The event was metered into invoice ${stored.invoiceId}, whose billing cycle has closed; only events of an open cycle can be corrected`);
    }
    const payload = action === 'REDO_EVENT' ? event : payloadOf(state, stored);
    // every rule runs before anything changes; one that fails on the event makes the correction FAILED
    let checked: Checked | string | undefined;
    try {
      checked = action === 'UNDO' ? undefined : check(state, payload);
    } catch (err) {
      return answer(stored, 'FAILED', `The event cannot be ingested again: ${ruleFailure(payload.schemaName, err)}`);
    }
    if (typeof checked === 'string') return answer(stored, 'FAILED', `The event cannot be ingested again: ${checked}`);
    let taken: Withdrawal | undefined;
    try {
      taken = withdrawal(state, stored);
    } catch (err) {
      return answer(stored, 'FAILED', `What the event metered cannot be worked out to take it back: ${ruleFailure(stored.via.schema.name, err)}`);
    }
    if (queryFlag(req.query.require_confirmation)) {
      return answer(stored, 'PENDING_CONFIRMATION', `Nothing was changed, as require_confirmation=true; without it, ${action} would ${WOULD[action]}`);
    }

    if (action === 'UNDO' && stored.statusBeforeReverting !== undefined) return answer(stored, 'REVERTED', 'The event was already reverted; nothing changed');
    if (!checked) {
      // UNDO: the event stays, with nothing metered; statusBeforeReverting says it was reverted
      withdraw(taken);
      stored.statusBeforeReverting = stored.status;
      stored.status = 'INGESTION_COMPLETED_EVENT_NOT_METERED';
      stored.invoiceId = null;
      return answer(stored, 'REVERTED', 'What the event had metered was taken back');
    }
    const at = Date.parse(payload.timestamp);
    const redone: StoredEvent =
      action === 'REDO'
        ? { ...stored, via: checked.via, accountId: checked.accountId, statusBeforeReverting: undefined }
        : { body: ingestedBody(ctx, req.rawBody!), index: -1, accountId: checked.accountId, via: checked.via, status: 'INGESTION_COMPLETED_EVENT_NOT_METERED', invoiceId: null };
    try {
      meter(state, redone, at, checked.data);
    } catch (err) {
      return answer(stored, 'FAILED', `The event cannot be ingested again: ${ruleFailure(checked.via.schema.name, err)}`);
    }
    withdraw(taken);
    if (action === 'REDO') {
      Object.assign(stored, redone);
      return answer(stored, 'CORRECTED', 'What the event had metered was taken back, and the event was ingested again');
    }
    state.events.set(event.id, redone);
    return answer(redone, 'CORRECTED', 'What the event had metered was taken back, and the corrected payload was ingested in its place');
  },
} satisfies Partial<TogaiHandlers>;
