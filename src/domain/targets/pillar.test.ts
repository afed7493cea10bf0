import type { KpiCategory } from '../kpi/definition';
import { pillarOf, type Pillar } from './pillar';

const TABLE: [KpiCategory, Pillar | null][] = [
  ['digital-government', 'digital-government'],
  ['government-operations', 'digital-government'],
  ['data', 'digital-government'],
  ['online-services', 'digital-government'],
  ['dossiers', 'digital-government'],
  ['service-index', 'digital-government'],
  ['rankings', 'digital-government'],
  ['budget', 'digital-government'],
  ['digital-economy', 'digital-economy'],
  ['digital-society', 'digital-society'],
  ['health-education', 'digital-society'],
  ['air-quality', null],
  ['water', null],
  ['traffic', null],
];

describe('pillar of a KPI category', () => {
  it.each(TABLE)('%s → %s', (category, pillar) => {
    expect(pillarOf(category)).toBe(pillar);
  });
});
