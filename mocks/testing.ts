import { freezeClock } from './clock';
import { resetMocks } from './node';

/** Helpers for the mocks' own tests (not imported by the mock runtime). */
export const ORIGIN = 'http://localhost';
export const KPI = `${ORIGIN}/api/kpi/v1`;
export const STA = `${ORIGIN}/api/sta/v1.1`;
export const ALERTS = `${ORIGIN}/api/alerts/v1`;

/** A fixed "now" for tests: Saturday 22 November 2026, 10:02 in Viet Nam. */
export const NOW = Date.parse('2026-11-22T10:02:00+07:00');

/** Seeds the payload tests run with. */
export const SEEDS = [20250701, 1, 424242] as const;

export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
}

export async function getJson(url: string, init?: RequestInit): Promise<JsonResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    body = null;
  }
  return { status: response.status, body, text };
}

export async function postJson(url: string, payload: unknown): Promise<JsonResponse> {
  return getJson(url, {
    method: 'POST',
    body: JSON.stringify(payload),
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Record access for JSON in tests. */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let cur = value;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function list(value: unknown, ...path: (string | number)[]): unknown[] {
  const v = field(value, ...path);
  if (!Array.isArray(v)) throw new Error(`expected an array at ${path.join('.')}`);
  return v as unknown[];
}

/** Resets the mocks and freezes the clock at NOW (call in beforeEach). */
export async function freshMocks(at = NOW): Promise<void> {
  await resetMocks();
  freezeClock(at);
}
