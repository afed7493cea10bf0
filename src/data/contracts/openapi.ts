import { z } from 'zod';
import { alertPageSchema, alertSchema } from './alerts';
import { indicatorId, periodText, slugId, unitCode } from './common';
import { dossierStatsPageSchema, dossierStatsSchema } from './dossier-stats';
import { indexScorePageSchema, indexScoreSchema } from './index-scores';
import {
  kpiObservationPageSchema,
  kpiObservationSchema,
  MAX_OBSERVATIONS_PER_PAGE,
} from './kpi-observation';
import { lateDossierPageSchema, lateDossierSchema } from './late-dossiers';
import { procedureStatsPageSchema, procedureStatsSchema } from './procedure-stats';
import { sourceHealthReportSchema, sourceHealthSchema } from './source-health';
import { unitListingPageSchema, unitListingSchema } from './units';

/**
 * The OpenAPI 3.1 document of the KPI REST contract, generated from the runtime schemas, so
 * that what a provincial integrator implements is exactly what the dashboard accepts.
 * docs/openapi/kpi-api.openapi.json is this document; a test fails when they differ
 * (regenerate with UPDATE_OPENAPI=1 npx vitest run src/data/contracts/openapi.test.ts).
 * JSON Schema is generated for input ("io: input"): extra properties are allowed and ignored.
 */

/** RFC 9457 problem details, for 4xx/5xx answers. */
const problemSchema = z.object({
  type: z.string().max(2000).optional(),
  title: z.string().max(500),
  status: z.number().int().min(400).max(599),
  detail: z.string().max(5000).optional(),
});

const COMPONENTS: Readonly<Record<string, z.ZodType>> = {
  KpiObservation: kpiObservationSchema,
  KpiObservationPage: kpiObservationPageSchema,
  DossierStatistics: dossierStatsSchema,
  DossierStatisticsPage: dossierStatsPageSchema,
  IndexScore: indexScoreSchema,
  IndexScorePage: indexScorePageSchema,
  Alert: alertSchema,
  AlertPage: alertPageSchema,
  ProcedureStatistics: procedureStatsSchema,
  ProcedureStatisticsPage: procedureStatsPageSchema,
  LateDossier: lateDossierSchema,
  LateDossierPage: lateDossierPageSchema,
  UnitListing: unitListingSchema,
  UnitListingPage: unitListingPageSchema,
  SourceHealth: sourceHealthSchema,
  SourceHealthReport: sourceHealthReportSchema,
  Problem: problemSchema,
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(generated.schemas).map(([id, s]) => [id, withoutDialect(s)]),
  );
}

function inlineSchema(schema: z.ZodType): Record<string, unknown> {
  return withoutDialect(z.toJSONSchema(schema, { io: 'input' }));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function listOperation(
  operationId: string,
  summary: string,
  description: string,
  pageSchema: string,
  filters: readonly string[],
  example: Json,
) {
  return {
    get: {
      operationId,
      summary,
      description,
      parameters: [...filters, 'cursor', 'limit'].map((p) => ({
        $ref: `#/components/parameters/${p}`,
      })),
      responses: {
        '200': {
          description: 'One page. Follow nextCursor until it is absent.',
          content: { 'application/json': { schema: ref(pageSchema), example } },
        },
        '400': { $ref: '#/components/responses/BadRequest' },
        '503': { $ref: '#/components/responses/Unavailable' },
      },
    },
  };
}

export const EXAMPLE_KPI_PAGE: Json = {
  observations: [
    {
      indicatorId: 'dossiers.online-payment-share',
      unitCode: '52',
      period: '2023-10',
      value: 71.2,
      numerator: 712,
      denominator: 1000,
      target: 35,
      source: 'Hệ thống một cửa điện tử tỉnh Bình Định',
      asOf: '2023-11-05T16:30:00+07:00',
      method: 'Hồ sơ thanh toán trực tuyến / hồ sơ có phí, lệ phí',
      status: 'final',
    },
  ],
  nextCursor: 'eyJwIjoyfQ',
};

export const EXAMPLE_DOSSIER_PAGE: Json = {
  statistics: [
    {
      unitCode: '52',
      period: '2023-10',
      received: 12500,
      receivedOnline: 6275,
      processedEarly: 9100,
      processedOnTime: 2650,
      processedLate: 150,
      processed: 11900,
      pendingWithinDeadline: 820,
      pendingOverdue: 35,
      feeBearing: 4000,
      paidOnline: 2848,
      digitisedComponents: 7600,
      electronicResults: 7426,
      source: 'Hệ thống một cửa điện tử tỉnh Bình Định',
      asOf: '2023-11-05T16:30:00+07:00',
    },
  ],
};

export const EXAMPLE_INDEX_PAGE: Json = {
  scores: [
    {
      index: 'index766',
      unitCode: '19',
      period: '2025-08',
      total: 86.97,
      maxTotal: 100,
      groups: [
        { id: 'transparency', score: 15.67, max: 18 },
        { id: 'progress', score: 19.31, max: 20 },
        { id: 'digitisation', score: 16.64, max: 22 },
        { id: 'online', score: 17.49, max: 22 },
        { id: 'satisfaction', score: 17.86, max: 18 },
      ],
      rank: 1,
      rankOf: 34,
      source: 'Cổng Dịch vụ công quốc gia',
      asOf: '2025-09-10T08:00:00+07:00',
    },
  ],
};

export const EXAMPLE_ALERT_PAGE: Json = {
  alerts: [
    {
      id: 'a-2025-09-0001',
      ruleId: 'sla.dossiers-overdue',
      kind: 'sla',
      severity: 'warning',
      state: 'acknowledged',
      subject: { unitCode: '19', kpiId: 'dossiers.pending-overdue', departmentId: 'ttphcc' },
      value: 12,
      threshold: 1,
      title: '12 hồ sơ quá hạn',
      raisedAt: '2025-09-08T09:00:00+07:00',
      updatedAt: '2025-09-08T09:30:00+07:00',
      acknowledgedAt: '2025-09-08T09:30:00+07:00',
      acknowledgedBy: 'Trung tâm Phục vụ hành chính công',
      history: [{ event: 'acknowledge', at: '2025-09-08T09:30:00+07:00', by: 'ttphcc' }],
    },
  ],
};

export const EXAMPLE_PROCEDURE_PAGE: Json = {
  procedures: [
    {
      procedureCode: 'MP-XA05',
      procedureName: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu',
      departmentId: null,
      level: 'commune',
      processingDays: 20,
      unitCode: '92',
      period: '2025-08',
      received: 420,
      receivedOnline: 300,
      processedEarly: 250,
      processedOnTime: 80,
      processedLate: 12,
      processed: 342,
      pendingWithinDeadline: 60,
      pendingOverdue: 5,
      source: 'Hệ thống thông tin giải quyết TTHC thành phố Cần Thơ',
      asOf: '2025-09-05T16:30:00+07:00',
    },
  ],
};

export const EXAMPLE_LATE_DOSSIER_PAGE: Json = {
  dossiers: [
    {
      dossierCode: '000.00.147.H92-250724-0598',
      procedureCode: 'MP-XA05',
      procedureName: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu',
      departmentId: null,
      unitCode: '31147',
      unitName: 'Phường Tân An',
      receivedAt: '2025-07-24T14:00:00+07:00',
      dueAt: '2025-08-21T17:00:00+07:00',
      processedAt: null,
      daysLate: 30,
      status: 'pending-overdue',
    },
  ],
  total: 128,
  asOf: '2025-09-20T16:30:00+07:00',
  nextCursor: 'eyJwIjoyfQ',
};

export const EXAMPLE_UNIT_PAGE: Json = {
  units: [
    {
      code: '92.so-tu-phap',
      name: 'Sở Tư pháp',
      kind: 'department',
      parent: '92',
      departmentId: 'so-tu-phap',
      inCatalogue: false,
      synthetic: false,
    },
    { code: '31147', name: 'Phường Tân An', kind: 'ward', parent: '92', synthetic: false },
  ],
};

export const EXAMPLE_SOURCE_HEALTH: Json = {
  sources: [
    {
      sourceId: 'one-stop-dossiers',
      name: 'Hệ thống thông tin giải quyết TTHC',
      protocol: 'kpi-rest',
      ownerDepartmentId: 'ttphcc',
      status: 'up',
      freshness: 'fresh',
      lastDeliveryAt: '2025-09-30T16:30:00+07:00',
      lateAt: '2025-10-01T16:30:00+07:00',
      staleAt: '2025-10-02T16:30:00+07:00',
    },
  ],
  checkedAt: '2025-09-30T20:00:00+07:00',
  province: '92',
};

export function buildKpiOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'IOC tỉnh — KPI feed contract',
      version: '1.0.0',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      description: [
        'What a provincial data source serves to the IOC dashboard: KPI observations, dossier',
        'statistics (per unit and per procedure), late dossiers, units, source health, index',
        'scores and alerts. Every response is checked against these schemas;',
        'a payload that fails is refused with the name of the failing field.',
        '',
        'Conventions: times are ISO 8601 with an offset (+07:00, Asia/Ho_Chi_Minh); periods are',
        '"YYYY-MM", "YYYY-Qn" or "YYYY" in Vietnamese time; percent values are percentage points',
        '(45.8 = 45.8 %); ratio KPIs carry numerator and denominator so that they can be',
        're-aggregated across units (sum, then divide); unit codes are the national codes of',
        'Decision 19/2025/QĐ-TTg (two digits for provinces, five for communes); data for periods',
        'before 1 July 2025 uses the 63 former provincial codes, after it the 34 current ones.',
        'A numerator above its denominator, a negative count, a value outside the KPI range or an',
        'as-of time in the future is refused. Text fields are shown as text, never as HTML.',
      ].join('\n'),
    },
    servers: [{ url: 'https://kpi.example.gov.vn/api/v1', description: 'Example' }],
    paths: {
      '/kpi-observations': listOperation(
        'listKpiObservations',
        'KPI observations',
        'Observations of catalogue KPIs per unit and period.',
        'KpiObservationPage',
        ['indicatorId', 'unitCode', 'period', 'periodFrom', 'periodTo'],
        EXAMPLE_KPI_PAGE,
      ),
      '/dossier-statistics': listOperation(
        'listDossierStatistics',
        'Dossier statistics',
        'Administrative-procedure dossier counts by status and deadline per unit and period.',
        'DossierStatisticsPage',
        ['unitCode', 'period', 'periodFrom', 'periodTo'],
        EXAMPLE_DOSSIER_PAGE,
      ),
      '/index-scores': listOperation(
        'listIndexScores',
        'Index scores',
        'Published index scores (Decision 766 index, DTI) per unit and period.',
        'IndexScorePage',
        ['unitCode', 'period', 'periodFrom', 'periodTo'],
        EXAMPLE_INDEX_PAGE,
      ),
      '/alerts': listOperation(
        'listAlerts',
        'Alerts',
        'Alerts with their lifecycle (open → acknowledged → resolved; reopen).',
        'AlertPage',
        ['unitCode'],
        EXAMPLE_ALERT_PAGE,
      ),
      '/procedure-statistics': listOperation(
        'listProcedureStatistics',
        'Procedure statistics',
        'Dossier counts per administrative procedure in a unit (province, department or commune) and month; the running month by default.',
        'ProcedureStatisticsPage',
        ['unitCode', 'period', 'departmentId'],
        EXAMPLE_PROCEDURE_PAGE,
      ),
      '/late-dossiers': listOperation(
        'listLateDossiers',
        'Late dossiers',
        'Dossiers pending past their deadline or processed after it, most late first, with the total over all pages.',
        'LateDossierPage',
        ['unitCode', 'status'],
        EXAMPLE_LATE_DOSSIER_PAGE,
      ),
      '/units': listOperation(
        'listUnits',
        'Units',
        'Units under a parent: the provinces without parent; departments then communes of a province.',
        'UnitListingPage',
        ['parent'],
        EXAMPLE_UNIT_PAGE,
      ),
      '/source-health': {
        get: {
          operationId: 'getSourceHealth',
          summary: 'Source health',
          description:
            'State of every catalogue source: whether it answers, the freshness of its data, and when it turns late and stale.',
          parameters: [],
          responses: {
            '200': {
              description: 'One row per catalogue source.',
              content: {
                'application/json': {
                  schema: ref('SourceHealthReport'),
                  example: EXAMPLE_SOURCE_HEALTH,
                },
              },
            },
            '503': { $ref: '#/components/responses/Unavailable' },
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      parameters: {
        indicatorId: {
          name: 'indicatorId',
          in: 'query',
          description: 'Only this KPI (repeatable).',
          schema: inlineSchema(indicatorId),
        },
        unitCode: {
          name: 'unitCode',
          in: 'query',
          description: 'Only this unit (repeatable).',
          schema: inlineSchema(unitCode),
        },
        period: {
          name: 'period',
          in: 'query',
          description: 'Only this period.',
          schema: inlineSchema(periodText),
        },
        periodFrom: {
          name: 'periodFrom',
          in: 'query',
          description: 'Periods ending at or after the end of this one.',
          schema: inlineSchema(periodText),
        },
        periodTo: {
          name: 'periodTo',
          in: 'query',
          description: 'Periods ending at or before the end of this one.',
          schema: inlineSchema(periodText),
        },
        departmentId: {
          name: 'departmentId',
          in: 'query',
          description: 'Only procedures handled by this department.',
          schema: inlineSchema(slugId),
        },
        status: {
          name: 'status',
          in: 'query',
          description: 'Only pending-overdue or only processed-late dossiers.',
          schema: { type: 'string', enum: ['pending-overdue', 'processed-late'] },
        },
        parent: {
          name: 'parent',
          in: 'query',
          description: 'Code of the parent unit: a current province; without it, the provinces.',
          schema: inlineSchema(unitCode),
        },
        cursor: {
          name: 'cursor',
          in: 'query',
          description: 'nextCursor of the previous page.',
          schema: { type: 'string', maxLength: 2000 },
        },
        limit: {
          name: 'limit',
          in: 'query',
          description: 'Page size; the server may return fewer.',
          schema: {
            type: 'integer',
            minimum: 1,
            maximum: MAX_OBSERVATIONS_PER_PAGE,
            default: 1000,
          },
        },
      },
      responses: {
        BadRequest: {
          description: 'The query is malformed (unknown period format, limit out of range).',
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
        Unavailable: {
          description: 'The source is temporarily unavailable; retry later.',
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
      },
    },
  };
}
