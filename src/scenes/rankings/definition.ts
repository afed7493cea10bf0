import { INDEX_KPI_IDS, type IndexId } from '../../data/queries/index-scores';
import type { ScenePanel } from '../../panels/scene';

export interface RankingsSelection {
  index: IndexId;
  peers: readonly string[];
}

/**
 * The rankings scene's panels, as data, for an index and a set of peers (from the URL): the
 * rank over time of the own province and its peers, the ranking of the 34 for the latest
 * period, and for the 766 index the province's card with its five groups.
 */
export function rankingsPanels({ index, peers }: RankingsSelection): readonly ScenePanel[] {
  const kpiId = INDEX_KPI_IDS[index];
  return [
    { panel: { type: 'rank-over-time', kpiId, peers: [...peers] }, wide: true },
    { panel: { type: 'index-ranking', kpiId } },
    ...(index === 'index766'
      ? [{ panel: { type: 'index-766-card', kpiId: INDEX_KPI_IDS.index766 } } as const]
      : []),
  ];
}

/** The default list (766, no peers): what the wall lays out. */
export const RANKINGS_PANELS: readonly ScenePanel[] = rankingsPanels({
  index: 'index766',
  peers: [],
});
