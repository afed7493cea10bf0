/**
 * A dossier handled late: still pending past its deadline, or processed after it. Times are
 * epoch ms; daysLate is counted by the source (calendar days past the deadline, at least 1).
 */
export type LateDossierStatus = 'pending-overdue' | 'processed-late';

export interface LateDossier {
  readonly dossierCode: string;
  readonly procedureCode: string;
  readonly procedureName: string;
  /** the department handling it; null when a commune handles it */
  readonly departmentId: string | null;
  readonly unitCode: string;
  readonly unitName: string;
  readonly receivedAtMs: number;
  readonly dueAtMs: number;
  /** null while pending */
  readonly processedAtMs: number | null;
  readonly daysLate: number;
  readonly status: LateDossierStatus;
  readonly synthetic: boolean;
}

/** One page of late dossiers, most late first, with the total over all pages. */
export interface LateDossierPage {
  readonly dossiers: readonly LateDossier[];
  readonly total: number;
  readonly asOfMs: number;
  readonly nextCursor: string | null;
}
