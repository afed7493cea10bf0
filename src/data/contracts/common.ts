import { z } from 'zod';

/**
 * Building blocks shared by the contract schemas. Limits are generous for real data and tight
 * enough that a hostile payload cannot smuggle megabytes through one field.
 */

/** Largest count accepted: beyond this, arithmetic on counts is no longer exact. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
/** Largest magnitude of a measured value (any unit). */
export const MAX_ABS_VALUE = 1e15;

export const PERIOD_TEXT = /^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/;

export const periodText = z
  .string()
  .max(7)
  .regex(PERIOD_TEXT, 'expected a period "YYYY-MM", "YYYY-Qn" or "YYYY"')
  .meta({ description: 'Reporting period in Vietnamese time: "2025-08", "2025-Q3" or "2025".' });

export const indicatorId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'expected a KPI id such as "dvc.online-dossier-share"')
  .meta({ description: 'Stable KPI id from the catalogue, e.g. "dvc.online-dossier-share".' });

export const unitCode = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9._-]+$/, 'expected a unit code such as "01" or "00004"')
  .meta({
    description:
      'Administrative unit (2-digit province or 5-digit commune code, Decision 19/2025/QĐ-TTg) or a department id.',
  });

/** ISO 8601 with an explicit offset (+07:00 recommended; Z accepted). */
export const instantText = z.iso
  .datetime({ offset: true })
  .max(40)
  .meta({ description: 'ISO 8601 date-time with offset, e.g. 2025-09-05T16:30:00+07:00.' });

export const count = z.number().int().min(0).max(MAX_COUNT);
export const measured = z.number().min(-MAX_ABS_VALUE).max(MAX_ABS_VALUE);

/** Free text from outside: kept verbatim (the UI renders it as text, never as HTML). */
export const text = (max: number) => z.string().max(max);

/** A catalogue id in kebab case: a department ("so-tu-phap"), a source ("one-stop-dossiers"). */
export const slugId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "so-tu-phap"');
