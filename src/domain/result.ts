/**
 * A value or a typed error. Domain and contract code returns this instead of throwing, so a
 * caller has to look at the failure case (a bad payload must never crash a panel).
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
