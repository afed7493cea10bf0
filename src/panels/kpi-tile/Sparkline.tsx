import { SPARK_HEIGHT, SPARK_WIDTH, sparklineGeometry } from './sparkline';
import styles from './KpiTile.module.css';

interface Props {
  values: readonly number[];
  /** what the line shows, in words (the line alone says nothing to a screen reader) */
  label: string;
}

/** A small inline-SVG line of the latest periods; its box is reserved even without data. */
export function Sparkline({ values, label }: Props) {
  const geometry = sparklineGeometry(values);
  return (
    <svg
      className={styles.spark}
      width={SPARK_WIDTH}
      height={SPARK_HEIGHT}
      viewBox={`0 0 ${String(SPARK_WIDTH)} ${String(SPARK_HEIGHT)}`}
      role="img"
      aria-label={label}
      data-testid="kpi-sparkline"
    >
      {geometry && (
        <>
          <polyline points={geometry.points} fill="none" stroke="currentColor" strokeWidth="1.5" />
          <circle cx={geometry.last.x} cy={geometry.last.y} r="2.5" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
