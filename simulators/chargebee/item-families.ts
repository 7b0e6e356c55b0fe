import type { ChargebeeHandlers } from './operations.js';
import { duplicate, notFound } from './errors.js';
import { emit } from './events.js';
import { listAnswer } from './paging.js';
import { copyGiven, requireText } from './params.js';
import type { ItemFamilyRecord } from './records.js';
import { touch, type ChargebeeContext } from './state.js';

export function findItemFamily(ctx: ChargebeeContext, id: string, param?: string): ItemFamilyRecord {
  const family = ctx.state.get<ItemFamilyRecord>('itemFamily', id);
  if (!family || family.deleted) throw notFound('Item family', id, param);
  return family;
}

export const itemFamilyHandlers = {
  createItemFamily(req, ctx) {
    const body = req.body;
    requireText(body, ['id', 'name']);
    if (ctx.state.store.has('itemFamily', body.id)) throw duplicate('id', body.id);
    const family: ItemFamilyRecord = { id: body.id, object: 'item_family', name: body.name, status: 'active', channel: 'web', deleted: false };
    copyGiven(family, body, ['description', 'business_entity_id']);
    touch(ctx, family);
    ctx.state.add('itemFamily', family);
    emit(ctx, 'item_family_created', { item_family: family });
    return { status: 200, body: { item_family: family } };
  },

  listItemFamilies(req, ctx) {
    return listAnswer(ctx.state, ctx.state.store.values<ItemFamilyRecord>('itemFamily'), req.query, {
      entry: (item_family) => ({ item_family }),
      deletable: true,
    });
  },

  retrieveItemFamily(req, ctx) {
    return { status: 200, body: { item_family: findItemFamily(ctx, req.params['item-family-id']!) } };
  },
} satisfies Partial<ChargebeeHandlers>;
