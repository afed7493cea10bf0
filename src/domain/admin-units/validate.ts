import { err, ok, type Result } from '../result';
import { asciiName, foldName } from './fold';
import { nameKeys } from './registry';
import type { AdminUnitsData, AdminUnitType } from './types';
import { vnDateStartMs } from './unit-set';

/**
 * The admin-units JSON as TypeScript infers it (string where the domain wants a union), and a
 * check that turns it into AdminUnitsData. Used by the catalogue at load and by its tests.
 */
export interface RawAdminUnitsData {
  readonly reformDate: string;
  readonly legalBasis: string;
  readonly current: readonly (Omit<AdminUnitsData['current'][number], 'type'> & {
    readonly type: string;
  })[];
  readonly former: readonly (Omit<AdminUnitsData['former'][number], 'type'> & {
    readonly type: string;
  })[];
}

export const EXPECTED_CURRENT_UNITS = 34;
export const EXPECTED_FORMER_UNITS = 63;

function isUnitType(type: string): type is AdminUnitType {
  return type === 'province' || type === 'city';
}

/**
 * Every problem found (empty = consistent): counts 34/63, two-digit unique codes, known types,
 * non-empty names, ASCII names matching the Vietnamese ones, every former unit in exactly one
 * current unit's formedFrom and its successor naming that unit, non-negative area/population,
 * no folded-name collision within a set.
 */
export function adminUnitsProblems(data: RawAdminUnitsData): string[] {
  const problems: string[] = [];
  if (vnDateStartMs(data.reformDate) === null)
    problems.push(`reformDate "${data.reformDate}" is not a date`);
  if (data.current.length !== EXPECTED_CURRENT_UNITS) {
    problems.push(`expected ${EXPECTED_CURRENT_UNITS} current units, found ${data.current.length}`);
  }
  if (data.former.length !== EXPECTED_FORMER_UNITS) {
    problems.push(`expected ${EXPECTED_FORMER_UNITS} former units, found ${data.former.length}`);
  }
  for (const [set, units] of [
    ['current', data.current],
    ['former', data.former],
  ] as const) {
    const codes = new Set<string>();
    const names = new Map<string, string>();
    for (const u of units) {
      if (!/^\d{2}$/.test(u.code)) problems.push(`${set} ${u.code}: code is not two digits`);
      if (codes.has(u.code)) problems.push(`${set} ${u.code}: duplicate code`);
      codes.add(u.code);
      if (!isUnitType(u.type)) problems.push(`${set} ${u.code}: unknown type "${u.type}"`);
      if (u.name.trim() === '' || u.fullName.trim() === '')
        problems.push(`${set} ${u.code}: empty name`);
      if (foldName(u.nameAscii) !== foldName(asciiName(u.name))) {
        problems.push(`${set} ${u.code}: nameAscii "${u.nameAscii}" does not match "${u.name}"`);
      }
      for (const key of nameKeys({ ...u, type: 'province' })) {
        const owner = names.get(key);
        if (owner !== undefined && owner !== u.code) {
          problems.push(`${set}: "${key}" names both ${owner} and ${u.code}`);
        }
        names.set(key, u.code);
      }
    }
  }
  const currentCodes = new Set(data.current.map((u) => u.code));
  const formerCodes = new Set(data.former.map((u) => u.code));
  const memberOf = new Map<string, string>();
  for (const u of data.current) {
    if (u.formedFrom.length === 0) problems.push(`current ${u.code}: formedFrom is empty`);
    if (!u.formedFrom.includes(u.code)) {
      problems.push(
        `current ${u.code}: keeps the code of a constituent unit, but ${u.code} is not in formedFrom`,
      );
    }
    for (const f of u.formedFrom) {
      if (!formerCodes.has(f))
        problems.push(`current ${u.code}: formedFrom ${f} is not a former unit`);
      const other = memberOf.get(f);
      if (other !== undefined) problems.push(`former ${f} is in both ${other} and ${u.code}`);
      memberOf.set(f, u.code);
    }
    if (u.areaKm2 !== null && !(u.areaKm2 > 0))
      problems.push(`current ${u.code}: area must be positive`);
    if (u.population !== null && !(Number.isInteger(u.population) && u.population > 0)) {
      problems.push(`current ${u.code}: population must be a positive integer`);
    }
  }
  for (const f of data.former) {
    if (!currentCodes.has(f.successor))
      problems.push(`former ${f.code}: successor ${f.successor} is not a current unit`);
    const member = memberOf.get(f.code);
    if (member === undefined)
      problems.push(`former ${f.code}: not in any current unit's formedFrom`);
    else if (member !== f.successor) {
      problems.push(
        `former ${f.code}: successor ${f.successor} but listed in ${member}'s formedFrom`,
      );
    }
  }
  return problems;
}

/** Narrows the raw JSON to AdminUnitsData, or returns every problem found. */
export function checkAdminUnitsData(data: RawAdminUnitsData): Result<AdminUnitsData, string[]> {
  const problems = adminUnitsProblems(data);
  if (problems.length > 0) return err(problems);
  const current = data.current.flatMap((u) => (isUnitType(u.type) ? [{ ...u, type: u.type }] : []));
  const former = data.former.flatMap((u) => (isUnitType(u.type) ? [{ ...u, type: u.type }] : []));
  return ok({ reformDate: data.reformDate, legalBasis: data.legalBasis, current, former });
}
