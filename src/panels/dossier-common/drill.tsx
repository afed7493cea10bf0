import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import type { SortDirection } from '../common/table-model';

/** Where a drill link goes: a real href (open in a new tab, copy) and the in-app navigation. */
export interface DrillTarget {
  href: string;
  go: () => void;
}

/** The late list's sort and page when the scene keeps them (in the URL). */
export interface LateListState {
  sort: { columnId: string; direction: SortDirection } | null;
  page: number;
  onSort: (sort: { columnId: string; direction: SortDirection }) => void;
  onPage: (page: number) => void;
}

/**
 * What the scene offers its dossier panels for the drill-down. Panels work without it (the
 * wall): rows are then plain text and the late list keeps its sort and page to itself.
 */
export interface DossierDrill {
  toDepartment: (departmentId: string) => DrillTarget;
  toProcedure: (departmentId: string, procedureCode: string) => DrillTarget;
  lateList?: LateListState;
}

const DrillContext = createContext<DossierDrill | null>(null);

export const DossierDrillProvider = DrillContext.Provider;

export function useDossierDrill(): DossierDrill | null {
  return useContext(DrillContext);
}

/** A keyboard-operable link that navigates in the app, or opens a new tab with a modifier. */
export function DrillLink({ target, children }: { target: DrillTarget; children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    target.go();
  }
  return (
    <a href={target.href} onClick={onClick}>
      {children}
    </a>
  );
}
