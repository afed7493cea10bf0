import type { ScenePanel } from '../../panels/scene';

const REFORM = {
  period: '2025-07',
  label: { vi: 'Sáp nhập tỉnh, bỏ cấp huyện', en: 'Provinces merged, districts abolished' },
};

/**
 * The online public services screen, as data: the five groups of the 766 index's "online
 * provision" and "digitisation" (services fully/partially online, dossiers handled online,
 * online payment, digitised dossiers, electronic results): tiles for the latest value with the
 * target, trends against the catalogue targets (and the province's own target when the source
 * sends one), and the province's departments and communes ranked, the province's figure drawn
 * among them.
 */
export const PUBLIC_SERVICES_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'kpi-tile', kpiId: 'dvc.full-online-services' } },
  { panel: { type: 'kpi-tile', kpiId: 'dvc.partial-online-services' } },
  { panel: { type: 'kpi-tile', kpiId: 'dvc.online-dossier-share' } },
  { panel: { type: 'kpi-tile', kpiId: 'dossiers.online-filing-share' } },
  { panel: { type: 'kpi-tile', kpiId: 'dossiers.online-payment-share' } },
  { panel: { type: 'kpi-tile', kpiId: 'dossiers.digitised-components-share' } },
  { panel: { type: 'kpi-tile', kpiId: 'dossiers.electronic-results-share' } },
  { panel: { type: 'kpi-tile', kpiId: 'dossiers.digitised-data-reuse-share' } },
  {
    panel: {
      type: 'trend',
      kpiId: 'dvc.full-online-services',
      periods: 84,
      glidePath: { targetYear: 2030 },
      annotations: [REFORM],
    },
    wide: true,
  },
  {
    panel: { type: 'trend', kpiId: 'dvc.online-dossier-share', periods: 36, annotations: [REFORM] },
    wide: true,
  },
  {
    panel: {
      type: 'trend',
      kpiId: 'dossiers.online-payment-share',
      periods: 36,
      annotations: [REFORM],
    },
  },
  {
    panel: {
      type: 'trend',
      kpiId: 'dossiers.digitised-components-share',
      periods: 36,
      annotations: [REFORM],
    },
  },
  {
    panel: {
      type: 'trend',
      kpiId: 'dossiers.electronic-results-share',
      periods: 36,
      annotations: [REFORM],
    },
  },
  { panel: { type: 'ranking-bar', kpiId: 'dvc.full-online-services', limit: 10 } },
  {
    panel: { type: 'ranking-bar', kpiId: 'dvc.online-dossier-share', breakdown: 'departments' },
  },
  {
    panel: {
      type: 'ranking-bar',
      kpiId: 'dvc.online-dossier-share',
      breakdown: 'communes',
      limit: 15,
    },
  },
];
