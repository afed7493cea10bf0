import { z } from 'zod';
import { dossierScopeFields } from '../dossier-common/scope';

/**
 * Options of the backlog panel: pending dossiers (within the deadline and overdue) per
 * department of the province, or per procedure once a department is chosen, with the counts
 * received and processed and the share processed early or on time.
 */
export const dossierBacklogOptionsSchema = z.strictObject({
  type: z.literal('dossier-backlog'),
  ...dossierScopeFields,
});

export type DossierBacklogOptions = z.infer<typeof dossierBacklogOptionsSchema>;
