/**
 * A boolean query parameter (`dry_run`, `discard`, `require_confirmation`, ...). The kit's
 * validation coerces it to a boolean before a handler sees it; a request that reaches a handler
 * another way may still carry the text, so both spellings of true count.
 */
export function queryFlag(value: unknown): boolean {
  return value === true || value === 'true';
}
