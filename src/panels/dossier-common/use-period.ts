import { useQuery } from '@tanstack/react-query';
import { dossierQueries } from '../../data/queries/dossiers';
import { latestPeriod } from './periods';

/**
 * The month a dossier panel shows: the one asked for, else the latest the province reports.
 * The monthly query is shared (same key) by every panel and the scene's period picker.
 */
export function useDossierPeriod(provinceCode: string, asked: string | undefined) {
  const monthly = useQuery({ ...dossierQueries.monthly(provinceCode), enabled: !asked });
  const period = asked ?? (monthly.data ? latestPeriod(monthly.data) : null);
  return { period, error: asked ? null : monthly.error, retry: () => void monthly.refetch() };
}
