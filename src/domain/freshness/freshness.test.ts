import type { FreshnessContract } from './contract';
import {
  assessFreshness,
  deadlineOnOrAfter,
  isValidContract,
  type FreshnessState,
} from './freshness';

const t = (iso: string): number => Date.parse(iso);

describe('freshness from a source contract', () => {
  const daily17: FreshnessContract = { kind: 'daily', before: '17:00' };
  const every5: FreshnessContract = { kind: 'every', minutes: 5 };
  const monthly5: FreshnessContract = { kind: 'monthly', byDay: 5 };
  const yearlyDti: FreshnessContract = { kind: 'yearly', byMonth: 10, byDay: 31 };

  it.each<[string, FreshnessContract, string, string, FreshnessState]>([
    // daily before 17:00 (Sơn La IOC): data as of 16:00 on the 1st
    [
      'daily: same evening',
      daily17,
      '2025-09-01T16:00:00+07:00',
      '2025-09-01T18:00:00+07:00',
      'fresh',
    ],
    [
      'daily: next day before 17:00',
      daily17,
      '2025-09-01T16:00:00+07:00',
      '2025-09-02T16:59:59+07:00',
      'fresh',
    ],
    [
      'daily: next day at 17:00, no update',
      daily17,
      '2025-09-01T16:00:00+07:00',
      '2025-09-02T17:00:00+07:00',
      'late',
    ],
    [
      'daily: two deadlines missed',
      daily17,
      '2025-09-01T16:00:00+07:00',
      '2025-09-03T17:00:00+07:00',
      'stale',
    ],
    [
      'daily: a late update at 17:30 covers the next day',
      daily17,
      '2025-09-01T17:30:00+07:00',
      '2025-09-02T16:00:00+07:00',
      'fresh',
    ],
    [
      'daily: … it satisfies the next day’s 17:00 deadline',
      daily17,
      '2025-09-01T17:30:00+07:00',
      '2025-09-02T17:00:00+07:00',
      'fresh',
    ],
    [
      'daily: … and is late from 17:00 the day after',
      daily17,
      '2025-09-01T17:30:00+07:00',
      '2025-09-03T17:00:00+07:00',
      'late',
    ],
    // every 5 minutes
    [
      'every 5 min: 4 min old',
      every5,
      '2025-09-01T10:00:00+07:00',
      '2025-09-01T10:04:00+07:00',
      'fresh',
    ],
    [
      'every 5 min: 5 min old',
      every5,
      '2025-09-01T10:00:00+07:00',
      '2025-09-01T10:05:00+07:00',
      'late',
    ],
    [
      'every 5 min: 10 min old',
      every5,
      '2025-09-01T10:00:00+07:00',
      '2025-09-01T10:10:00+07:00',
      'stale',
    ],
    // monthly by day 5: the August report delivered on 4 September
    [
      'monthly: before the next day 5',
      monthly5,
      '2025-09-04T10:00:00+07:00',
      '2025-10-05T23:59:00+07:00',
      'fresh',
    ],
    [
      'monthly: after the next day 5',
      monthly5,
      '2025-09-04T10:00:00+07:00',
      '2025-10-06T00:00:00+07:00',
      'late',
    ],
    [
      'monthly: two months missed',
      monthly5,
      '2025-09-04T10:00:00+07:00',
      '2025-11-06T00:00:00+07:00',
      'stale',
    ],
    ['yearly DTI', yearlyDti, '2025-10-15T10:00:00+07:00', '2026-06-01T00:00:00+07:00', 'fresh'],
    [
      'yearly DTI next edition overdue',
      yearlyDti,
      '2025-10-15T10:00:00+07:00',
      '2026-11-01T00:00:00+07:00',
      'late',
    ],
  ])('%s → %s', (_label, contract, asOf, now, state) => {
    expect(assessFreshness(contract, t(asOf), t(now)).state).toBe(state);
  });

  it('says when data turns late and stale', () => {
    const a = assessFreshness(
      daily17,
      t('2025-09-01T16:00:00+07:00'),
      t('2025-09-01T18:00:00+07:00'),
    );
    expect(a.lateAtMs).toBe(t('2025-09-02T17:00:00+07:00'));
    expect(a.staleAtMs).toBe(t('2025-09-03T17:00:00+07:00'));
    expect(a.ageMs).toBe(2 * 3_600_000);
  });

  it('computes deadlines in Vietnamese time even at the month and year edge', () => {
    // 23:30 on 31 December in Vietnam is still 2025 there (16:30 UTC)
    expect(deadlineOnOrAfter(daily17, t('2025-12-31T23:30:00+07:00'))).toBe(
      t('2026-01-01T17:00:00+07:00'),
    );
    // day 31 in February is clamped to the last day
    expect(deadlineOnOrAfter({ kind: 'monthly', byDay: 31 }, t('2025-02-10T00:00:00+07:00'))).toBe(
      t('2025-03-01T00:00:00+07:00'),
    );
    expect(
      deadlineOnOrAfter(
        { kind: 'monthly', byDay: 5, before: '12:00' },
        t('2025-12-06T00:00:00+07:00'),
      ),
    ).toBe(t('2026-01-05T12:00:00+07:00'));
  });

  it('reports no data and clock skew', () => {
    expect(assessFreshness(daily17, null, t('2025-09-01T00:00:00+07:00'))).toEqual({
      state: 'no-data',
      lateAtMs: null,
      staleAtMs: null,
      ageMs: null,
      clockSkew: false,
    });
    const future = assessFreshness(
      every5,
      t('2025-09-01T11:00:00+07:00'),
      t('2025-09-01T10:00:00+07:00'),
    );
    expect(future).toMatchObject({ state: 'fresh', clockSkew: true, ageMs: 0 });
  });

  it('honours staleAfterMissed (EGDI is biennial: stale only after three missed years)', () => {
    const egdi: FreshnessContract = { kind: 'yearly', byMonth: 9, byDay: 30, staleAfterMissed: 3 };
    const asOf = t('2024-09-15T00:00:00+07:00');
    expect(assessFreshness(egdi, asOf, t('2026-10-01T00:00:00+07:00')).state).toBe('late');
    expect(assessFreshness(egdi, asOf, t('2027-10-01T00:00:00+07:00')).state).toBe('stale');
  });

  it.each<[FreshnessContract, boolean]>([
    [{ kind: 'every', minutes: 5 }, true],
    [{ kind: 'every', minutes: 0 }, false],
    [{ kind: 'daily', before: '17:00' }, true],
    [{ kind: 'daily', before: '5pm' }, false],
    [{ kind: 'monthly', byDay: 5 }, true],
    [{ kind: 'monthly', byDay: 32 }, false],
    [{ kind: 'monthly', byDay: 5, before: '25:00' }, false],
    [{ kind: 'yearly', byMonth: 13, byDay: 1 }, false],
    [{ kind: 'yearly', byMonth: 10, byDay: 31 }, true],
    [{ kind: 'daily', before: '17:00', staleAfterMissed: 0 }, false],
  ])('contract %o valid: %s', (contract, valid) => {
    expect(isValidContract(contract)).toBe(valid);
  });
});
