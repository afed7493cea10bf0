import type { ContractError } from '../contracts/errors';
import type { Result } from '../../domain/result';

/** Thrown by a query when the payload breaks the contract; carries the field that failed. */
export class ContractFailure extends Error {
  readonly problem: ContractError;

  constructor(problem: ContractError) {
    super(`${problem.field || '(payload)'}: ${problem.message}`);
    this.name = 'ContractFailure';
    this.problem = problem;
  }
}

export function isContractFailure(error: unknown): error is ContractFailure {
  return error instanceof ContractFailure;
}

/** A parsed payload, or a ContractFailure for TanStack Query to hold as the query's error. */
export function unwrapContract<T>(result: Result<T, ContractError>): T {
  if (!result.ok) {
    // Logged once here so a bad source shows up in the console/log with the field named.
    console.warn(
      `[contract] ${result.error.source ?? 'source'}: ${result.error.field} — ${result.error.message}`,
    );
    throw new ContractFailure(result.error);
  }
  return result.value;
}
