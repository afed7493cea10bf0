import { z } from 'zod';

/**
 * The sensors scene's search parameters: the selected station (a SensorThings Thing id) and an
 * optional refresh interval in seconds (the bench and a wall use it). Bad values fall back.
 */
export const searchSchema = z.object({
  station: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .optional()
    .catch(undefined),
  refresh: z.coerce.number().int().min(2).max(600).optional().catch(undefined),
});

export const DEFAULT_REFRESH_SECONDS = 30;
