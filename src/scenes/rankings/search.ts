import { z } from 'zod';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { MAX_PEERS } from '../../panels/rank-over-time/definition';

/**
 * Peer codes from the URL ("01,79", or an array when the app navigates): current province
 * codes only, without repeats, at most MAX_PEERS. Unknown codes are dropped one by one rather
 * than discarding the whole list, so a link with one typo still opens the other peers.
 */
export function parsePeers(value: unknown): string[] | undefined {
  const parts =
    typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : [];
  const codes: string[] = [];
  for (const part of parts) {
    const code = part.trim();
    if (ADMIN_UNITS.currentByCode(code)?.code === code && !codes.includes(code)) codes.push(code);
  }
  return codes.length === 0 ? undefined : codes.slice(0, MAX_PEERS);
}

/**
 * The scene's own search parameters: the index shown and the peers compared, so a link sent on
 * Zalo reopens the same comparison (`/rankings?index=dti&peers=01,79`). Malformed values fall
 * back to the defaults (766, no peers); the page never breaks on a bad link.
 */
export const searchSchema = z.object({
  index: z.enum(['index766', 'dti']).optional().catch(undefined),
  peers: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform(parsePeers)
    .catch(undefined),
});

export type RankingsSearch = z.infer<typeof searchSchema>;
