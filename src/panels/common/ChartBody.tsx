import type { ReactNode } from 'react';
import styles from './ChartBody.module.css';

/** A line of text under a chart (projection outcome, own rank): the chart's words, for all. */
export function ChartCaption({ children }: { children: ReactNode }) {
  return <p className={styles.caption}>{children}</p>;
}
