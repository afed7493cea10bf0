import { z } from 'zod';
import { dossierScopeFields } from '../dossier-common/scope';

/**
 * Options of the flow panel: dossiers received and processed each month, with the share
 * processed early or on time, for the province or a department (a procedure's scope shows its
 * department's flow: the source gives procedure figures one month at a time).
 */
export const dossierFlowOptionsSchema = z.strictObject({
  type: z.literal('dossier-flow'),
  ...dossierScopeFields,
  /** months drawn, ending at the period shown (default 12) */
  months: z.number().int().min(2).max(60).optional(),
});

export type DossierFlowOptions = z.infer<typeof dossierFlowOptionsSchema>;
