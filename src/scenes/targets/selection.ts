/** The parts of a targets-table row key the glide-path chart needs. */
export interface SelectedTarget {
  kpiId: string;
  unitCode: string;
  year: number;
  level: 'any' | 'province' | 'national';
  sourceId: string | undefined;
}

/**
 * Reads a row key "kpiId|unitCode|year|level|comparator|value|source+source" from the URL.
 * Null for anything malformed (a hand-edited link): the default chart is shown instead.
 */
export function parseTargetKey(key: string | undefined): SelectedTarget | null {
  if (key === undefined) return null;
  const parts = key.split('|');
  if (parts.length !== 7) return null;
  const [kpiId, unitCode, yearText, level, , , sources] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const year = Number(yearText);
  if (!/^[a-z0-9.-]+$/.test(kpiId) || !/^(\d{2}|VN)$/.test(unitCode)) return null;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  if (level !== 'any' && level !== 'province' && level !== 'national') return null;
  return { kpiId, unitCode, year, level, sourceId: sources.split('+')[0] || undefined };
}
