import { useTranslation } from 'react-i18next';
import type { KpiTileRow } from './transform';
import styles from './KpiTile.module.css';

/** The tile's series as a table: the accessible view of the same numbers. */
export function KpiTileTable({ rows, caption }: { rows: KpiTileRow[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpi.period')}</th>
            <th scope="col">{t('kpi.value')}</th>
            <th scope="col">{t('kpi.numerator')}</th>
            <th scope="col">{t('kpi.denominator')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.periodText}</th>
              <td className="tabular">{row.valueText}</td>
              <td className="tabular">{row.numeratorText}</td>
              <td className="tabular">{row.denominatorText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
