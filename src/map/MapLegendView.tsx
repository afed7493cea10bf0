import styles from './ProvinceMap.module.css';
import type { MapLegend } from './types';

interface Props {
  readonly legend: MapLegend;
  readonly showNoData?: boolean;
}

/** The colours of a legend with their meaning in words. */
export function MapLegendView({ legend, showNoData = true }: Props) {
  const items = showNoData
    ? [...legend.classes, { key: 'no-data', ...legend.noData }]
    : legend.classes;
  return (
    <div className={styles.legend} role="group" aria-label={legend.title}>
      <span className={styles.legendTitle} aria-hidden="true">
        {legend.title}
      </span>
      <ul className={styles.legendItems}>
        {items.map((c) => (
          <li key={c.key} className={styles.legendItem}>
            <span className={styles.swatch} style={{ background: c.color }} aria-hidden="true" />
            {'symbol' in c && c.symbol ? (
              // The short text drawn beside points of this class on the map.
              <span className={styles.legendSymbol}>{c.symbol}</span>
            ) : null}
            {c.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
