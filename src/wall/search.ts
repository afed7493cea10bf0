import { z } from 'zod';

/** The wall's URL parameters (playlist, durations, refresh policy, device), with fallbacks. */
export const wallSearchSchema = z.object({});
