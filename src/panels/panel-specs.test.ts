import { panelSpecSchema } from './registry';

describe('panel specs of the chart panels', () => {
  test.each([
    { type: 'trend', kpiId: 'dvc.online-dossier-share' },
    {
      type: 'trend',
      kpiId: 'dvc.full-online-services',
      periods: 36,
      showTargets: true,
      showProjection: false,
      annotations: [{ period: '2025-07', label: { vi: 'Sáp nhập tỉnh', en: 'Provinces merged' } }],
    },
    { type: 'ranking-bar', kpiId: 'dvc.online-dossier-share' },
    { type: 'ranking-bar', kpiId: 'dvc.online-dossier-share', scope: 'provinces', limit: 10 },
    { type: 'table', kpiId: 'dvc.online-dossier-share' },
    { type: 'table', kpiId: 'dvc.online-dossier-share', rows: 'provinces', pageSize: 20 },
    { type: 'kpi-tile', kpiId: 'dvc.online-dossier-share' },
  ])('accepts %j', (spec) => {
    expect(panelSpecSchema.safeParse(spec).success).toBe(true);
  });

  test.each([
    [{ type: 'trend' }, 'kpiId'],
    [{ type: 'trend', kpiId: 'x', periods: 1 }, 'periods'],
    [{ type: 'trend', kpiId: 'x', colour: 'red' }, ''], // unknown option
    [
      {
        type: 'trend',
        kpiId: 'x',
        annotations: [{ period: '07/2025', label: { vi: 'a', en: 'a' } }],
      },
      'annotations',
    ],
    [{ type: 'ranking-bar', kpiId: 'x', scope: 'communes' }, 'scope'],
    [{ type: 'ranking-bar', kpiId: 'x', limit: 0 }, 'limit'],
    [{ type: 'table', kpiId: 'x', rows: 'all' }, 'rows'],
    [{ type: 'pie', kpiId: 'x' }, 'type'],
  ])('rejects %j (at %s)', (spec, path) => {
    const result = panelSpecSchema.safeParse(spec);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.') ?? '').toContain(path);
  });
});
