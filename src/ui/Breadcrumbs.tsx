import type { MouseEvent } from 'react';
import styles from './Breadcrumbs.module.css';

export interface Crumb {
  /** stable key (the level's id) */
  key: string;
  /** text shown; data strings are rendered as text */
  label: string;
  /** where the crumb leads: a real address, so it can be opened in a new tab or copied */
  href?: string;
  /** in-app navigation on a plain click or Enter (the href is kept for modified clicks) */
  onNavigate?: () => void;
}

interface Props {
  /** accessible name of the navigation landmark ("Vị trí xem") */
  label: string;
  /** from the top level down to the current one (the last crumb) */
  items: readonly Crumb[];
}

/**
 * Where the user is in a drill-down, and the way back up: a nav landmark with an ordered list,
 * every level above the current one a link, the last one marked aria-current="page". Links
 * are ordinary anchors, so Tab and Enter work and a middle click opens a new tab.
 */
export function Breadcrumbs({ label, items }: Props) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={label} className={styles.nav}>
      <ol className={styles.list}>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={item.key} className={styles.item}>
              {last || item.href === undefined ? (
                <span aria-current={last ? 'page' : undefined} className={styles.current}>
                  {item.label}
                </span>
              ) : (
                <a
                  href={item.href}
                  className={styles.link}
                  onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                    if (!item.onNavigate) return;
                    if (
                      event.button !== 0 ||
                      event.metaKey ||
                      event.ctrlKey ||
                      event.shiftKey ||
                      event.altKey
                    )
                      return;
                    event.preventDefault();
                    item.onNavigate();
                  }}
                >
                  {item.label}
                </a>
              )}
              {!last && (
                <span aria-hidden="true" className={styles.separator}>
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
