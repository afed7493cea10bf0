import { publicServicesEn } from './features/publicServices';
import { dossiersEn } from './features/dossiers';
import { targetsEn } from './features/targets';
import { rankingsEn } from './features/rankings';
import { sensorsEn } from './features/sensors';
import { alertsEn } from './features/alerts';
import { sourcesEn } from './features/sources';
import { wallEn } from './features/wall';
import { trainerEn } from './features/trainer';
import { briefingEn } from './features/briefing';
import type { Messages } from './vi';

export const en: Messages = {
  app: {
    name: 'Intelligent Operations Centre',
    shortName: 'Provincial IOC',
    skipToContent: 'Skip to main content',
    language: 'Language',
    unit: 'Unit',
    mainNav: 'Main navigation',
  },
  nav: {
    overview: 'Overview',
    publicServices: 'Online public services',
    dossiers: 'Administrative dossiers',
    targets: 'Targets 2025–2030',
    rankings: 'Rankings',
    sensors: 'City sensors',
    alerts: 'Alerts',
    sources: 'Data source health',
    wall: 'Video wall',
    trainer: 'Rehearsal',
  },
  scene: {
    notFound: 'Page not found.',
    backHome: 'Back to the overview',
  },
  panel: {
    loading: 'Loading data…',
    empty: 'No data for this period yet.',
    error: 'Could not load the data',
    retry: 'Retry',
    source: 'Source',
    asOf: 'Data as of',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    crashed: 'This panel failed to render. The other panels keep working.',
    refreshFailed: 'Could not refresh; showing the last data received.',
    freshness: {
      fresh: 'Up to date',
      late: 'Late',
      stale: 'Stale data',
      'no-data': 'No data yet',
    },
  },
  kpi: {
    target: 'Target {{year}}',
    targetVerdict: '{{period}}: {{value}}',
    vsPrevious: 'vs previous period',
    period: 'Period',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    legalSource: 'Legal basis',
    status: {
      'on-track': 'Met / on track',
      'at-risk': 'At risk',
      'off-track': 'Off track',
      'no-data': 'No data',
      stale: 'Stale data',
      'no-target': 'No target for this period',
      achieved: 'Achieved',
      missed: 'Missed',
    },
  },
  charts: {
    loadFailed: 'The chart could not be loaded. The figures are still available as a table.',
  },
  panels: {
    actions: {
      group: 'Export',
      csv: 'Download CSV',
      png: 'Download PNG',
      pngUnavailable: 'Switch to the chart view to download a PNG.',
      exportFailed: 'The file could not be exported.',
    },
    table: {
      ascending: 'ascending',
      descending: 'descending',
      sortedBy: 'Sorted by {{column}}, {{direction}}.',
      pagination: 'Pagination',
      page: 'Page {{page}} of {{pages}}',
      rowsOf: 'Rows {{from}}–{{to}} of {{total}}',
      previous: 'Previous page',
      next: 'Next page',
      noRows: 'No rows.',
    },
    columns: {
      period: 'Period',
      periodCode: 'Period code',
      value: 'Value',
      numerator: 'Numerator',
      denominator: 'Denominator',
      status: 'Data status',
      asOf: 'As of',
      source: 'Source',
      rank: 'Rank',
      unit: 'Unit',
      unitCode: 'Unit code',
      indicator: 'Indicator id',
      unitOfMeasure: 'Unit of measure',
    },
    dataStatus: {
      provisional: 'Provisional',
      final: 'Final',
    },
    trend: {
      projection: 'Projection at current pace',
      band: 'Projection range (95%)',
      targetWithSource: 'Target {{year}}: {{target}} ({{sources}})',
      provisionalMark: '(provisional)',
      summary: '{{kpi}}, {{unit}}: {{count}} periods from {{from}} to {{to}}; latest {{latest}}.',
      outcome: {
        alreadyMet: 'The {{year}} target ({{target}}) is met.',
        projected:
          'At the current pace, {{target}} is reached in {{when}} (range {{earliest}} – {{latest}}).',
        projectedOpen:
          'At the current pace, {{target}} is reached in {{when}}; it may take much longer.',
        inTime: 'In time for {{year}}.',
        late: 'Not in time for {{year}} at the current pace.',
        notImproving:
          'Not improving: {{target}} ({{year}}) will not be reached at the current pace.',
        insufficient: 'Not enough data to project (at least {{required}} periods needed).',
      },
    },
    ranking: {
      own: 'your unit',
      ownRank: '{{unit}}: rank {{rank}} of {{total}}',
      ownUnranked: '{{unit}}: no data for this period',
      notRanked: 'Not ranked',
      partial: 'Figures for {{count}} of {{total}} units could not be loaded; they are not ranked.',
      summary: '{{kpi}}: {{total}} units ranked, {{period}}. {{own}}',
      moreHidden: '… and {{count}} more units (see the table view)',
    },
  },
  errors: {
    http: 'The data source answered HTTP {{status}}.',
    network: 'Cannot reach the data source.',
    timeout: 'The data source did not answer in time.',
    malformedJson: 'The data source returned content that is not valid JSON.',
    contract: 'The data breaks the contract: field “{{field}}” — {{message}}',
    unknown: 'Unknown error.',
    appCrashed: 'The application hit an unexpected error.',
    reload: 'Reload the page',
    configTitle: 'Invalid configuration file',
    configBody: 'The dashboard cannot start because the configuration file “{{url}}” has an error.',
    configField: 'Field',
  },
  publicServices: publicServicesEn,
  dossiers: dossiersEn,
  targets: targetsEn,
  rankings: rankingsEn,
  sensors: sensorsEn,
  alerts: alertsEn,
  sources: sourcesEn,
  wall: wallEn,
  trainer: trainerEn,
  briefing: briefingEn,
};
