/** Test fixtures for the dossier panels: domain rows with only the fields a test cares about. */
import type { LateDossier } from '../../domain/dossiers/late';
import type { DossierStats } from '../../domain/dossiers/stats';
import { monthPeriod } from '../../domain/time/period';

export function lateDossier(overrides: Partial<LateDossier> = {}): LateDossier {
  return {
    dossierCode: 'H92-0001',
    procedureCode: 'MP-NN01',
    procedureName: 'Cấp giấy chứng nhận',
    departmentId: 'so-nnmt',
    unitCode: '92.so-nnmt',
    unitName: 'Sở Nông nghiệp và Môi trường',
    receivedAtMs: Date.parse('2026-10-01T08:00:00+07:00'),
    dueAtMs: Date.parse('2026-10-15T17:00:00+07:00'),
    processedAtMs: null,
    daysLate: 5,
    status: 'pending-overdue',
    synthetic: true,
    ...overrides,
  };
}

export function dossierStats(
  year: number,
  month: number,
  overrides: Partial<DossierStats> = {},
): DossierStats {
  return {
    unitCode: '92',
    period: monthPeriod(year, month),
    received: 100,
    receivedOnline: 50,
    processedEarly: 60,
    processedOnTime: 20,
    processedLate: 20,
    pendingWithinDeadline: 30,
    pendingOverdue: 5,
    returnedOrWithdrawn: null,
    feeBearing: null,
    paidOnline: null,
    digitisedComponents: null,
    electronicResults: null,
    asOfMs: Date.parse(`${year}-${String(month).padStart(2, '0')}-28T16:30:00+07:00`),
    asOfText: `${year}-${String(month).padStart(2, '0')}-28T16:30:00+07:00`,
    source: 'test',
    ...overrides,
  };
}
