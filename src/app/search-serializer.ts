/**
 * Plain `key=value` search strings instead of the router's JSON encoding, so that links
 * stay readable and typeable on a wall PC (`?unit=08&lang=en`, not `?unit=%2208%22`).
 * Every value is a string here; route schemas coerce and validate.
 */
export function parseSearch(search: string): Record<string, string> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = value;
  return out;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      params.set(key, String(value));
    } else if (Array.isArray(value)) {
      params.set(key, value.map(String).join(','));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
