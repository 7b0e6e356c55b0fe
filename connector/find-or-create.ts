import { VendorError } from './http/vendor-http.js';

/**
 * Look for the record first; create it only when it is not there. A refused create is looked
 * for once more, since an earlier attempt that died before answering, or a concurrent
 * delivery, may have made it in between; only if it is still missing does the refusal stand.
 */
export async function findOrCreate<T>(find: () => Promise<T | undefined>, create: () => Promise<T>): Promise<{ record: T; created: boolean }> {
  const existing = await find();
  if (existing !== undefined) return { record: existing, created: false };
  try {
    return { record: await create(), created: true };
  } catch (e) {
    if (!(e instanceof VendorError) || e.status === undefined || e.status >= 500) throw e;
    const made = await find();
    if (made === undefined) throw e;
    return { record: made, created: false };
  }
}
