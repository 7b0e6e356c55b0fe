import type { ChargebeeHandlers } from './operations.js';
import { duplicate, notFound } from './errors.js';
import { emit } from './events.js';
import { findItemFamily } from './item-families.js';
import { listAnswer } from './paging.js';
import { copyGiven, jsonText, refuseUnmodelled, requireText } from './params.js';
import type { ItemRecord } from './records.js';
import { touch, type ChargebeeContext } from './state.js';

const FIELDS = [
  'description', 'is_giftable', 'is_shippable', 'external_name', 'enabled_in_portal', 'redirect_url', 'enabled_for_checkout',
  'item_applicability', 'unit', 'gift_claim_redirect_url', 'included_in_mrr', 'metered', 'usage_calculation',
  'is_percentage_pricing', 'business_entity_id',
] as const;

export function findItem(ctx: ChargebeeContext, id: string, param?: string): ItemRecord {
  const item = ctx.state.get<ItemRecord>('item', id);
  if (!item || item.deleted) throw notFound('Item', id, param);
  return item;
}

export const itemHandlers = {
  createItem(req, ctx) {
    const body = req.body;
    refuseUnmodelled(body, ['bundle_configuration', 'bundle_items_to_add']);
    requireText(body, ['id', 'name', 'item_family_id']);
    if (ctx.state.store.has('item', body.id)) throw duplicate('id', body.id);
    findItemFamily(ctx, body.item_family_id, 'item_family_id');
    const item: ItemRecord = {
      id: body.id,
      object: 'item',
      name: body.name,
      external_name: body.name,
      type: body.type,
      item_family_id: body.item_family_id,
      status: 'active',
      is_giftable: false,
      is_shippable: false,
      enabled_for_checkout: true,
      enabled_in_portal: true,
      item_applicability: 'all',
      metered: false,
      channel: 'web',
      deleted: false,
    };
    copyGiven(item, body, FIELDS);
    if (Array.isArray(body.applicable_items)) item.applicable_items = body.applicable_items.map((id) => ({ id }));
    if (body.metadata !== undefined) item.metadata = jsonText(body.metadata, 'metadata', 'object');
    touch(ctx, item);
    ctx.state.add('item', item);
    emit(ctx, 'item_created', { item });
    return { status: 200, body: { item } };
  },

  listItems(req, ctx) {
    return listAnswer(ctx.state, ctx.state.store.values<ItemRecord>('item'), req.query, { entry: (item) => ({ item }), deletable: true });
  },

  retrieveItem(req, ctx) {
    return { status: 200, body: { item: findItem(ctx, req.params['item-id']!) } };
  },
} satisfies Partial<ChargebeeHandlers>;
