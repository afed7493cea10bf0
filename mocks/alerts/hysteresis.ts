import { getKpi } from '../../src/catalog/kpis/registry';
import {
  evaluateThreshold,
  thresholdRuleOf,
  type ThresholdRule,
} from '../../src/domain/alerts/threshold';
import type { FloodLevels } from '../../src/domain/alerts/flood';
import type { Severity } from '../../src/domain/alerts/types';

/**
 * Hysteresis for the sensor rules, through the domain's threshold rule
 * (src/domain/alerts/threshold.ts): a level is reached at once, but left only once the value is
 * back past it by a margin. A river hovering on Báo động II (10.49, 10.51, 10.49 m) or an AQI
 * on 151 therefore keeps one alert at one severity instead of resolving and re-raising it (or
 * escalating and de-escalating) on every reading.
 */

/**
 * Metres a river must fall below an alarm level before the alert steps down. Hydrological
 * bulletins report levels to the centimetre; 10 cm is several readings of a receding river and
 * more than the sensor ripple, so a hovering level does not flap.
 */
export const FLOOD_CLEAR_MARGIN_M = 0.1;

/**
 * Severity of a water level against alarm levels I/II/III (info/warning/critical) given the
 * severity held at the previous evaluation. The ladder is two domain threshold rules: II/III
 * (warning/critical) and I (any alert at all), each with the same margin.
 */
export function floodSeverityWithHysteresis(
  waterLevelM: number,
  levels: FloodLevels,
  previous: Severity | null,
  clearMargin = FLOOD_CLEAR_MARGIN_M,
): { severity: Severity | null; threshold: number | null } {
  const upper: ThresholdRule = {
    direction: 'above',
    warning: levels.II,
    critical: levels.III,
    clearMargin,
  };
  const upperEval = evaluateThreshold(
    upper,
    waterLevelM,
    previous === 'warning' || previous === 'critical' ? previous : null,
  );
  if (upperEval.severity !== null) return upperEval;
  const lower: ThresholdRule = { direction: 'above', warning: levels.I, clearMargin };
  const lowerEval = evaluateThreshold(lower, waterLevelM, previous === null ? null : 'warning');
  return lowerEval.severity === null
    ? { severity: null, threshold: null }
    : { severity: 'info', threshold: levels.I };
}

const AQI_RULE: ThresholdRule = (() => {
  const kpi = getKpi('env.aqi');
  const rule = kpi ? thresholdRuleOf(kpi) : null;
  // The catalogue carries the rule (151/201, margin 10); the fallback only keeps a broken
  // catalogue from silencing air-quality alerts.
  return rule ?? { direction: 'above', warning: 151, critical: 201, clearMargin: 10 };
})();

/** VN_AQI severity (Xấu 151+ warning, Rất xấu 201+ critical) with the catalogue's margin. */
export function aqiSeverityWithHysteresis(
  aqi: number,
  previous: Severity | null,
): { severity: Severity | null; threshold: number | null } {
  return evaluateThreshold(AQI_RULE, aqi, previous);
}
