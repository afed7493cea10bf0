/**
 * When a source promises new data. Declared per source in the catalogue; the freshness rules
 * (freshness/freshness.ts) derive fresh / late / stale / no data from it.
 *
 * - every: a feed that updates every N minutes (sensors, "every 5 min");
 * - daily: a department updates once a day before a time of day ("daily before 17:00", Sơn La IOC);
 * - monthly: a monthly report arrives by day D of the month ("monthly by day 5");
 * - yearly: an annual index or survey arrives by a date (DTI is published in the autumn).
 *
 * Times of day are "HH:MM" in Asia/Ho_Chi_Minh. For monthly and yearly contracts without a time,
 * the deadline is the end of day D.
 *
 * staleAfterMissed: how many consecutive deadlines may pass before data is called stale rather
 * than late (default 2: one missed deadline is "late", two are "stale").
 */
export type FreshnessContract =
  | { readonly kind: 'every'; readonly minutes: number; readonly staleAfterMissed?: number }
  | { readonly kind: 'daily'; readonly before: string; readonly staleAfterMissed?: number }
  | {
      readonly kind: 'monthly';
      readonly byDay: number;
      readonly before?: string;
      readonly staleAfterMissed?: number;
    }
  | {
      readonly kind: 'yearly';
      readonly byMonth: number;
      readonly byDay: number;
      readonly staleAfterMissed?: number;
    };

export const DEFAULT_STALE_AFTER_MISSED = 2;
