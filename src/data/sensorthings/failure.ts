import type { ContractError } from '../contracts/errors';
import { isHttpFailure } from '../http/errors';
import { ContractFailure, isContractFailure } from '../queries/contract-failure';

/**
 * Every way a SensorThings source can fail (data-sources.md §4), as one typed error the panel
 * can name: the source is down, answers 500/503, is too slow, sends broken JSON, a payload that
 * breaks the contract (wrong shape, missing fields, future times), or hands out more pages
 * than the client will follow.
 */
export type SensorFailureKind =
  'network' | 'http' | 'timeout' | 'malformed-json' | 'aborted' | 'contract' | 'page-cap';

export class SensorFailure extends Error {
  readonly kind: SensorFailureKind;
  readonly status: number | undefined;
  readonly problem: ContractError | undefined;

  constructor(
    kind: SensorFailureKind,
    message: string,
    extra: { status?: number; problem?: ContractError } = {},
  ) {
    super(message);
    this.name = 'SensorFailure';
    this.kind = kind;
    this.status = extra.status;
    this.problem = extra.problem;
  }
}

export function isSensorFailure(e: unknown): e is SensorFailure {
  return e instanceof SensorFailure;
}

/** Anything thrown while talking to the source → a SensorFailure (never an untyped crash). */
export function toSensorFailure(e: unknown): SensorFailure {
  if (e instanceof SensorFailure) return e;
  if (isHttpFailure(e)) {
    return new SensorFailure(e.kind, e.message, e.status === undefined ? {} : { status: e.status });
  }
  if (isContractFailure(e)) return new SensorFailure('contract', e.message, { problem: e.problem });
  if (e instanceof DOMException && e.name === 'AbortError') {
    return new SensorFailure('aborted', 'Request cancelled');
  }
  return new SensorFailure('network', e instanceof Error ? e.message.slice(0, 200) : String(e));
}

/** The query layer reads contract failures as ContractFailure too (shared error display). */
export function asContractFailure(problem: ContractError): ContractFailure {
  return new ContractFailure(problem);
}
