import type { TFunction } from 'i18next';
import { isSensorFailure } from '../../data/sensorthings/failure';

/** A sensor failure in the user's language, naming the field when the contract broke. */
export function sensorFailureText(error: unknown, t: TFunction): string {
  if (!isSensorFailure(error)) return t('errors.unknown');
  switch (error.kind) {
    case 'http':
      return t('sensors.errors.http', { status: error.status ?? 0 });
    case 'contract':
      return t('sensors.errors.contract', {
        detail: error.problem
          ? `${error.problem.field || '(payload)'} — ${error.problem.message}`
          : error.message,
      });
    default:
      return t(`sensors.errors.${error.kind}`);
  }
}
