import { DATA_SOURCES } from '../../catalog/sources';
import type { AlertView } from '../../data/alerts/alert-view';
import type { AlertKind } from '../../domain/alerts/types';
import type { AlertsSearch } from './search';

/**
 * Which catalogue source an alert comes from: the source named in its subject (staleness), or
 * the source behind its rule's data (rivers → hydrology stations, air → air-quality sensors,
 * overdue dossiers → the one-stop system).
 */
const SOURCE_OF_KIND: Readonly<Partial<Record<AlertKind, string>>> = {
  flood: 'hydrology-stations',
  'air-quality': 'air-quality-sensors',
  sla: 'one-stop-dossiers',
};

export function alertSourceId(alert: AlertView): string | null {
  return alert.subject.sourceId ?? SOURCE_OF_KIND[alert.kind] ?? null;
}

/**
 * The department responsible: the one named in the subject (overdue dossiers, a late source's
 * owner), else the owner of the source the alert comes from.
 */
export function alertDepartmentId(alert: AlertView): string | null {
  if (alert.subject.departmentId !== undefined) return alert.subject.departmentId;
  const source = alertSourceId(alert);
  return DATA_SOURCES.find((s) => s.id === source)?.ownerDepartmentId ?? null;
}

/** The list the scene shows: the URL's filters applied. "active" = not resolved. */
export function filterAlerts(alerts: readonly AlertView[], search: AlertsSearch): AlertView[] {
  return alerts.filter(
    (a) =>
      (search.severity === undefined || a.severity === search.severity) &&
      (search.state === undefined ||
        (search.state === 'active' ? a.state !== 'resolved' : a.state === search.state)) &&
      (search.dept === undefined || alertDepartmentId(a) === search.dept) &&
      (search.source === undefined || alertSourceId(a) === search.source),
  );
}

/** The departments and sources present in the alerts, for the filter menus (sorted ids). */
export function filterChoices(alerts: readonly AlertView[]): {
  departments: string[];
  sources: string[];
} {
  const departments = new Set<string>();
  const sources = new Set<string>();
  for (const a of alerts) {
    const d = alertDepartmentId(a);
    if (d !== null) departments.add(d);
    const s = alertSourceId(a);
    if (s !== null) sources.add(s);
  }
  return { departments: [...departments].sort(), sources: [...sources].sort() };
}
