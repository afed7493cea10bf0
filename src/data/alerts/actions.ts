import { isHttpFailure } from '../http/errors';
import { postJson } from '../http/post-json';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { unwrapContract } from '../queries/contract-failure';
import { parseAlertView, type AlertView } from './alert-view';

/**
 * What a person does to an alert. Every action goes through the alerts API
 * (POST /alerts/{id}/{action}); the server keeps the audit trail.
 */
export type AlertActionKind = 'acknowledge' | 'assign' | 'resolve' | 'silence' | 'note';

export interface AlertAction {
  readonly kind: AlertActionKind;
  readonly alertId: string;
  /** who did it (shown in the audit trail) */
  readonly by: string;
  readonly note?: string;
  /** assign: the department id (src/catalog/departments.ts) or a name */
  readonly assignee?: string;
  /** silence: until when, epoch ms */
  readonly untilMs?: number;
}

const PATHS: Readonly<Record<AlertActionKind, string>> = {
  acknowledge: 'acknowledge',
  assign: 'assign',
  resolve: 'resolve',
  silence: 'silence',
  note: 'notes',
};

/** The request body of an action, as the alerts API expects it. */
export function actionBody(action: AlertAction): Record<string, string> {
  const body: Record<string, string> = { by: action.by };
  if (action.kind === 'note') {
    body.text = action.note ?? '';
    return body;
  }
  if (action.note !== undefined && action.note.trim() !== '') body.note = action.note;
  if (action.kind === 'assign' && action.assignee !== undefined) body.assignee = action.assignee;
  if (action.kind === 'silence' && action.untilMs !== undefined) {
    body.until = new Date(action.untilMs).toISOString();
  }
  return body;
}

export function actionUrl(action: AlertAction): string {
  return sourceUrl('alerts', `alerts/${encodeURIComponent(action.alertId)}/${PATHS[action.kind]}`);
}

/** Sends one action; resolves with the alert as the server now has it. */
export async function sendAlertAction(action: AlertAction): Promise<AlertView> {
  const json = await postJson(actionUrl(action), actionBody(action), {
    timeoutMs: sourceTimeout('alerts'),
  });
  return unwrapContract(parseAlertView(json, { source: 'alerts' }));
}

/**
 * Whether a failed send is worth retrying: the network, a timeout or a server error (5xx, 429)
 * may pass; a refusal (400, 404, 409: "already resolved") will not, and retrying it forever
 * would hide it from the person who did it.
 */
export function isRetryable(error: unknown): boolean {
  if (!isHttpFailure(error)) return false;
  if (error.kind === 'http') {
    const status = error.status ?? 0;
    return status >= 500 || status === 429 || status === 408;
  }
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'malformed-json';
}
