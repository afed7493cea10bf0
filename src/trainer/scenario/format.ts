import { z } from 'zod';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { fieldPath } from '../../data/contracts/errors';
import { err, ok, type Result } from '../../domain/result';
import { SPEED_MULTIPLIERS } from '../../domain/time/virtual-clock';

/**
 * The trainer scenario file (docs/trainer.md): a story of the mock sources played on a
 * timeline, its events, and a guided tour. Plain JSON so a trainer can write one without code;
 * validated here with messages that name the field ("events[2].at: …").
 */
export const SCENARIO_FORMAT = 'ioc-trainer-scenario/1';

/** The mock stories a scenario can drive (mocks/scenario.ts STORIES). */
export const SCENARIO_STORIES = ['flood', 'late-spike', 'sensor-outage', 'online-rise'] as const;
export type ScenarioStory = (typeof SCENARIO_STORIES)[number];

/** The mock clock refuses speeds above this (mocks/scenario.ts, `speed:`). */
export const MOCK_MAX_SPEED = 100_000;
const MAX_MULTIPLIER = Math.max(...SPEED_MULTIPLIERS);

const MINUTE = 60_000;
const OFFSET = /^(?:(\d{1,3})d)?(?:(\d{1,4})h)?(?:(\d{1,5})m)?$/;

/** "3h45m", "2d", "90m" → milliseconds; null when malformed. */
export function parseOffset(text: string): number | null {
  const m = OFFSET.exec(text);
  if (!m || text === '') return null;
  const [, d = '0', h = '0', min = '0'] = m;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * MINUTE;
}

const offset = z.string().transform((text, ctx) => {
  const ms = parseOffset(text);
  if (ms === null) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text.slice(0, 40)}" is not a time offset such as "45m", "3h45m" or "2d"`,
    });
    return z.NEVER;
  }
  return ms;
});

const text = z.strictObject({
  vi: z.string().trim().min(1, 'Vietnamese text is required').max(500),
  en: z.string().trim().min(1, 'English text is required').max(500),
});

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

const instant = z.string().transform((value, ctx) => {
  const ms = ISO_WITH_ZONE.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected a date-time with its zone, e.g. "2025-10-20T06:00:00+07:00"',
    });
    return z.NEVER;
  }
  return ms;
});

/** Alarm band of the watched river station: below alarm I, or at/above I, II, III. */
export const LEVEL_BANDS = ['normal', 'I', 'II', 'III'] as const;
export type LevelBand = (typeof LEVEL_BANDS)[number];

const event = z.strictObject({
  at: offset,
  label: text,
  /** the band the watched river station shows from this moment (checked by tests) */
  level: z.enum(LEVEL_BANDS).optional(),
  /** where the map looks from this moment: the story's station, or the whole province */
  focus: z.enum(['station', 'province']).optional(),
});

const tourStep = z.strictObject({
  /** the panel to highlight: a data-panel-type value or an element id on the trainer screen */
  target: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,60}$/, 'expected a panel type or an id such as "trainer-live"'),
  caption: text,
  /** moves the clock to this offset when the step opens */
  at: offset.optional(),
});

export const scenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT, `expected "${SCENARIO_FORMAT}"`),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'expected lower-case letters, digits and -'),
    title: text,
    summary: text,
    story: z.enum(SCENARIO_STORIES),
    /** the story's target: a station id or name, a department id, a sensor kind */
    target: z.string().min(1).max(100).nullable().default(null),
    unit: z.string().refine((code) => ADMIN_UNITS.currentByCode(code)?.code === code, {
      message: 'expected the code of one of the 34 current provinces, e.g. "01"',
    }),
    start: instant,
    /** when the story begins, after the start (the class first sees the normal state) */
    storyAt: offset.default(0),
    duration: offset,
    /** virtual seconds per real second at 1× */
    baseRate: z
      .number()
      .positive()
      .max(
        MOCK_MAX_SPEED / MAX_MULTIPLIER,
        `at most ${MOCK_MAX_SPEED / MAX_MULTIPLIER}, so that ${MAX_MULTIPLIER}× stays within the mock clock's ${MOCK_MAX_SPEED}×`,
      ),
    /** the step button's size */
    step: offset,
    /** a KPI to watch in the live view (online-rise) */
    watchKpi: z.string().min(1).max(80).optional(),
    events: z.array(event).max(200),
    tour: z.array(tourStep).max(50).default([]),
  })
  .superRefine((s, ctx) => {
    s.events.forEach((e, i) => {
      if (e.at > s.duration) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'at'],
          message: 'is after the end of the scenario (duration)',
        });
      }
      const previous = s.events[i - 1];
      if (previous && previous.at > e.at) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'at'],
          message: 'events must be in time order',
        });
      }
    });
    if (s.storyAt > s.duration)
      ctx.addIssue({ code: 'custom', path: ['storyAt'], message: 'is after the end (duration)' });
    if (s.step <= 0) ctx.addIssue({ code: 'custom', path: ['step'], message: 'must be positive' });
    if (s.duration <= 0)
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'must be positive' });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioEvent = Scenario['events'][number];
export type TourStep = Scenario['tour'][number];

export interface ScenarioProblem {
  /** "events[2].at"; "" for the file itself */
  readonly field: string;
  readonly message: string;
}

/** Every problem of a scenario file, each naming its field; or the scenario. */
export function parseScenario(json: unknown): Result<Scenario, ScenarioProblem[]> {
  const parsed = scenarioSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  return err(
    parsed.error.issues.slice(0, 20).map((issue) => ({
      field: fieldPath(issue.path),
      message: issue.message.slice(0, 300),
    })),
  );
}

/** A scenario file's text: JSON syntax errors are reported like field problems. */
export function parseScenarioText(textContent: string): Result<Scenario, ScenarioProblem[]> {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (e) {
    return err([{ field: '', message: `not valid JSON: ${e instanceof Error ? e.message : ''}` }]);
  }
  return parseScenario(json);
}
