import type { z } from 'zod';

/**
 * Why a payload from outside was refused. `field` names the first offending field as a path a
 * person can find in the payload ("observations[3].asOf"; "" for the payload itself), so the
 * panel's error state and the log say exactly what the source got wrong.
 */
export interface ContractError {
  readonly kind: 'contract';
  /** which source sent it, when the caller knows (a source id from src/catalog/sources.ts) */
  readonly source?: string;
  readonly field: string;
  readonly message: string;
}

export function contractError(field: string, message: string, source?: string): ContractError {
  return source === undefined
    ? { kind: 'contract', field, message }
    : { kind: 'contract', source, field, message };
}

/** ["observations", 3, "asOf"] → "observations[3].asOf" */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${segment.description ?? 'symbol'}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  }
  return out;
}

/** Keeps messages short and free of the payload's own (possibly huge or hostile) text. */
const MAX_MESSAGE_LENGTH = 300;

/** The first issue of a zod failure as a ContractError. */
export function fromZodError(error: z.ZodError, source?: string): ContractError {
  const issue = error.issues[0];
  if (issue === undefined) return contractError('', 'invalid payload', source);
  const field = fieldPath(issue.path);
  return contractError(field, issue.message.slice(0, MAX_MESSAGE_LENGTH), source);
}

/** A shorthand for messages that must not echo a long input back. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
