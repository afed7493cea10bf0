import { clearDossierCaches } from './kpi/dossiers';
import { clearIndexCaches } from './kpi/indices';
import { clearModelCache } from './kpi/model';
import { clearObservationCaches } from './kpi/observations';
import { clearNetworkCache } from './sta/network';

/**
 * Generation is lazy and cached per seed (and province, month…) so that the browser worker
 * answers fast. Tests of determinism clear the caches between two generations, so that the
 * second run really recomputes; the benchmark clears them to time cold generation.
 */
export function clearGeneratorCaches(): void {
  clearModelCache();
  clearDossierCaches();
  clearIndexCaches();
  clearObservationCaches();
  clearNetworkCache();
}
