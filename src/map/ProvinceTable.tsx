import { classOf } from './legend';
import { VI_MAP_MESSAGES, fill, type ProvinceMapMessages } from './messages';
import styles from './ProvinceMap.module.css';
import type { MapLegend, UnitSet, UnitValues } from './types';
import { unitList } from './units';

export interface ProvinceTableProps {
  readonly unitSet: UnitSet;
  readonly values: UnitValues;
  readonly legend: MapLegend;
  readonly caption: string;
  readonly selectedCode?: string | null;
  readonly onSelect?: (code: string | null) => void;
  readonly messages?: ProvinceMapMessages;
}

/**
 * The map's table fallback: every unit of the set with the same value and class the map
 * colours it by, in Vietnamese alphabetical order. Works without WebGL and for screen readers.
 */
export function ProvinceTable({
  unitSet,
  values,
  legend,
  caption,
  selectedCode = null,
  onSelect,
  messages = VI_MAP_MESSAGES,
}: ProvinceTableProps) {
  return (
    <table className={styles.table} data-testid="province-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.tableCode}</th>
          <th scope="col">{messages.tableUnit}</th>
          <th scope="col">{legend.title}</th>
          <th scope="col">{messages.tableClass}</th>
        </tr>
      </thead>
      <tbody>
        {unitList(unitSet).map((u) => {
          const value = values[u.code];
          const cls = classOf(value, legend);
          const selected = u.code === selectedCode;
          return (
            <tr key={u.code} aria-selected={onSelect ? selected : undefined} data-code={u.code}>
              <td>{u.code}</td>
              <th scope="row">
                {onSelect ? (
                  <button
                    type="button"
                    className={styles.linkButton}
                    aria-pressed={selected}
                    aria-label={fill(messages.select, { name: u.name })}
                    onClick={() => {
                      onSelect(selected ? null : u.code);
                    }}
                  >
                    {u.name}
                  </button>
                ) : (
                  u.name
                )}
              </th>
              <td className={styles.number}>{value ? value.label : '—'}</td>
              <td>
                <span
                  className={styles.swatch}
                  style={{ background: cls?.color ?? legend.noData.color }}
                  aria-hidden="true"
                />{' '}
                {cls ? cls.label : legend.noData.label}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
