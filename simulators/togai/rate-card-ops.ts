import { badRequest, notFound } from './errors.js';
import type { RateCardRecord } from './plan-records.js';
import { cardFromData, type RateCardData } from './rate-cards.js';

/** A RateCardOperation: CREATE (or ADD) a card under a new name, UPDATE or DELETE the card of that name. */
export interface RateCardOperation {
  actionType: string;
  rateCardName: string;
  rateCard?: RateCardData;
}

const ACTIONS = ['CREATE', 'ADD', 'UPDATE', 'DELETE'];

/** The cards after the operations, applied in order; nothing changes if one fails. */
export function applyRateCardOps(cards: RateCardRecord[], operations: RateCardOperation[], owner: string): RateCardRecord[] {
  const out = [...cards];
  operations.forEach((op, i) => {
    const at = `operations[${i}]`;
    const action = op.actionType.toUpperCase();
    if (!ACTIONS.includes(action)) throw badRequest(`${at}.actionType must be one of ${ACTIONS.join(', ')}, got '${op.actionType}'`);
    const index = out.findIndex((c) => c.name === op.rateCardName);
    if (action === 'DELETE' || action === 'UPDATE') {
      if (index < 0) throw notFound(`Rate card of ${owner}`, op.rateCardName);
      if (action === 'DELETE') {
        out.splice(index, 1);
        return;
      }
    } else if (index >= 0) {
      throw badRequest(`${at}: ${owner} already has a rate card named '${op.rateCardName}'; UPDATE it, or CREATE one under another name`);
    }
    if (!op.rateCard) throw badRequest(`${at}.rateCard is required to ${action} a rate card`);
    const card = cardFromData(op.rateCardName, op.rateCard, `${at}.rateCard`);
    if (index >= 0) out[index] = card;
    else out.push(card);
  });
  return out;
}
