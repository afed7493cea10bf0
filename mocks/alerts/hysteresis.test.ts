import {
  FLOOD_CLEAR_MARGIN_M,
  aqiSeverityWithHysteresis,
  floodSeverityWithHysteresis,
} from './hysteresis';
import type { Severity } from '../../src/domain/alerts/types';

const LONG_BIEN = { I: 9.5, II: 10.5, III: 11.5 };

/** Runs the rule over readings, carrying the severity from one evaluation to the next. */
function run(
  values: readonly number[],
  rule: (v: number, prev: Severity | null) => { severity: Severity | null },
): (Severity | null)[] {
  let prev: Severity | null = null;
  return values.map((v) => (prev = rule(v, prev).severity));
}

describe('flood alarm levels with hysteresis', () => {
  test.each([
    ['rising through every level', [9.0, 9.5, 10.5, 11.5], [null, 'info', 'warning', 'critical']],
    [
      'hovering on II keeps the warning',
      [10.5, 10.49, 10.51, 10.45, 10.5],
      ['warning', 'warning', 'warning', 'warning', 'warning'],
    ],
    ['steps down only past the margin', [10.6, 10.41, 10.39], ['warning', 'warning', 'info']],
    ['hovering on I keeps the alert', [9.5, 9.45, 9.49, 9.41], ['info', 'info', 'info', 'info']],
    ['clears below I minus the margin', [9.6, 9.39], ['info', null]],
    ['from III straight down to below I', [11.6, 9.0], ['critical', null]],
    ['from III down to II band', [11.6, 11.45, 11.39], ['critical', 'critical', 'warning']],
  ] as const)('%s', (_name, values, expected) => {
    expect(run(values, (v, p) => floodSeverityWithHysteresis(v, LONG_BIEN, p))).toEqual(expected);
  });

  test('without a previous alert, a level is reached only at or above it', () => {
    expect(floodSeverityWithHysteresis(10.45, LONG_BIEN, null).severity).toBe('info');
    expect(floodSeverityWithHysteresis(9.45, LONG_BIEN, null).severity).toBeNull();
  });

  test('the threshold reported is the level in force', () => {
    expect(floodSeverityWithHysteresis(10.45, LONG_BIEN, 'warning').threshold).toBe(10.5);
    expect(floodSeverityWithHysteresis(10.0, LONG_BIEN, 'warning').threshold).toBe(9.5);
  });

  test('the margin is 10 cm', () => {
    expect(FLOOD_CLEAR_MARGIN_M).toBe(0.1);
  });
});

describe('VN_AQI with the catalogue margin (10)', () => {
  test.each([
    [
      '150/151 hovering raises once',
      [151, 150, 151, 145],
      ['warning', 'warning', 'warning', 'warning'],
    ],
    ['clears at 141 or below', [160, 141], ['warning', null]],
    ['critical holds above 191', [201, 195, 191], ['critical', 'critical', 'warning']],
  ] as const)('%s', (_name, values, expected) => {
    expect(run(values, aqiSeverityWithHysteresis)).toEqual(expected);
  });
});
