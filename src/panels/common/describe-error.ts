import type { TFunction } from 'i18next';
import { isHttpFailure } from '../../data/http/errors';
import { isContractFailure } from '../../data/queries/contract-failure';

/** A failed query's error in the user's language, naming the field when a contract broke. */
export function describeError(error: unknown, t: TFunction): string {
  if (isContractFailure(error)) {
    return t('errors.contract', {
      field: error.problem.field || '(payload)',
      message: error.problem.message,
    });
  }
  if (isHttpFailure(error)) {
    switch (error.kind) {
      case 'http':
        return t('errors.http', { status: error.status ?? 0 });
      case 'timeout':
        return t('errors.timeout');
      case 'malformed-json':
        return t('errors.malformedJson');
      case 'network':
      case 'aborted':
        return t('errors.network');
    }
  }
  return t('errors.unknown');
}
