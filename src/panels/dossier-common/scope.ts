import { z } from 'zod';

/**
 * The filters every dossier panel takes, bound by the scene from its URL (the wall leaves them
 * out: the latest month, the whole province). Validated like any other panel option.
 */
export const dossierScopeFields = {
  /** month shown, "2026-10"; absent = the latest month the source reports */
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional(),
  /** a department id ("so-nnmt"): the panel narrows to that department */
  department: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a department id such as "so-nnmt"')
    .max(64)
    .optional(),
  /** a procedure code ("MP-NN03"): the panel narrows to that procedure */
  procedure: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'a procedure code such as "MP-NN03"')
    .max(64)
    .optional(),
};

/** Where a dossier panel looks: the province, optionally one department and one procedure. */
export interface DossierScope {
  provinceCode: string;
  departmentId: string | null;
  procedureCode: string | null;
}

export function scopeOf(
  provinceCode: string,
  spec: { department?: string | undefined; procedure?: string | undefined },
): DossierScope {
  const departmentId = spec.department ?? null;
  return {
    provinceCode,
    departmentId,
    // A procedure is looked at within its department (the drill-down's second level).
    procedureCode: departmentId === null ? null : (spec.procedure ?? null),
  };
}

/** The unit code the KPI source knows the scope by: "92" or "92.so-nnmt". */
export function scopeUnitCode(scope: DossierScope): string {
  return scope.departmentId === null
    ? scope.provinceCode
    : `${scope.provinceCode}.${scope.departmentId}`;
}
