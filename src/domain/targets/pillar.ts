import type { KpiCategory } from '../kpi/definition';

/**
 * The three pillars of the national digital-transformation programme (Decision 749/QĐ-TTg; the
 * DTI's chính quyền số, kinh tế số, xã hội số), which the targets screen filters by.
 */
export type Pillar = 'digital-government' | 'digital-economy' | 'digital-society';

export const PILLARS: readonly Pillar[] = [
  'digital-government',
  'digital-economy',
  'digital-society',
];

/**
 * The pillar a KPI category belongs to. Government operations, data, online services, the
 * service indices, the international rankings (EGDI is an e-government index) and the
 * state's digital-transformation budget are the government's own work; health and education
 * targets of the provincial slides are the society's. Sensor categories are not programme
 * targets: null.
 */
export function pillarOf(category: KpiCategory): Pillar | null {
  switch (category) {
    case 'digital-government':
    case 'government-operations':
    case 'data':
    case 'online-services':
    case 'dossiers':
    case 'service-index':
    case 'rankings':
    case 'budget':
      return 'digital-government';
    case 'digital-economy':
      return 'digital-economy';
    case 'digital-society':
    case 'health-education':
      return 'digital-society';
    case 'air-quality':
    case 'water':
    case 'traffic':
      return null;
  }
}
