import { getKpi } from '../../catalog/kpis/registry';
import { panelSpecSchema } from '../../panels/registry';
import { PUBLIC_SERVICES_PANELS } from './definition';

describe('public services scene definition', () => {
  test('every panel is a valid spec on a catalogue KPI', () => {
    for (const { panel } of PUBLIC_SERVICES_PANELS) {
      expect(panelSpecSchema.safeParse(panel).success).toBe(true);
      expect(getKpi((panel as { kpiId: string }).kpiId)).toBeDefined();
    }
  });

  test.each([
    ['fully online services', 'dvc.full-online-services'],
    ['partially online services', 'dvc.partial-online-services'],
    ['dossiers processed fully online', 'dvc.online-dossier-share'],
    ['online payment', 'dossiers.online-payment-share'],
    ['digitised dossiers', 'dossiers.digitised-components-share'],
    ['electronic results', 'dossiers.electronic-results-share'],
  ])('%s has a tile', (_label, kpiId) => {
    expect(
      PUBLIC_SERVICES_PANELS.some((p) => p.panel.type === 'kpi-tile' && p.panel.kpiId === kpiId),
    ).toBe(true);
  });

  test('departments and communes are ranked', () => {
    const breakdowns = PUBLIC_SERVICES_PANELS.map((p) => p.panel).filter(
      (p) => p.type === 'ranking-bar' && 'breakdown' in p,
    );
    expect(breakdowns.map((p) => (p as { breakdown: string }).breakdown)).toEqual([
      'departments',
      'communes',
    ]);
  });
});
