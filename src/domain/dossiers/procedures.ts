import type { DossierStats } from './stats';

/** Who handles a procedure: a provincial department, or every commune. */
export type ProcedureLevel = 'province' | 'commune';

/**
 * Dossier statistics of one administrative procedure in one unit and period: the counts of
 * DossierStats, with the procedure it concerns and its statutory processing time.
 */
export interface ProcedureStats extends DossierStats {
  readonly procedureCode: string;
  readonly procedureName: string;
  /** the department handling it; null for a commune-level procedure */
  readonly departmentId: string | null;
  readonly level: ProcedureLevel;
  /** statutory processing time, working days */
  readonly processingDays: number;
  /** true when the source says codes or figures are simulated */
  readonly synthetic: boolean;
}
