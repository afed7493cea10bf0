import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { foldName } from '../domain/admin-units/fold';
import { classOf } from './legend';
import type { ProvinceMapMessages } from './messages';
import styles from './ProvinceMap.module.css';
import type { MapLegend, UnitValues } from './types';
import type { UnitEntry } from './units';

interface Props {
  readonly units: readonly UnitEntry[];
  readonly values: UnitValues;
  readonly legend: MapLegend;
  readonly selectedCode: string | null;
  readonly messages: ProvinceMapMessages;
  readonly onActive: (code: string | null) => void;
  readonly onSelect: (code: string | null) => void;
}

/**
 * Keyboard access to the units drawn on the map: one tab stop, a listbox that shows up over
 * the map when focused. Arrows move (the map outlines the unit and shows its tooltip), Enter
 * or Space selects, Esc clears, typing a letter jumps to the next unit starting with it.
 */
export function UnitKeyboardList({
  units,
  values,
  legend,
  selectedCode,
  messages,
  onActive,
  onSelect,
}: Props) {
  const id = useId();
  const [active, setActive] = useState<number>(-1);
  const activeUnit = active >= 0 ? units[active] : undefined;
  const activeId = activeUnit ? `${id}-${activeUnit.code}` : undefined;

  // Keep the active option in view inside the scrolling overlay.
  useEffect(() => {
    if (!activeId) return;
    const el = document.getElementById(activeId);
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(units.length - 1, index));
    setActive(next);
    onActive(units[next]?.code ?? null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const current =
      active < 0
        ? Math.max(
            0,
            units.findIndex((u) => u.code === selectedCode),
          )
        : active;
    switch (e.key) {
      case 'ArrowDown':
        move(active < 0 ? current : current + 1);
        break;
      case 'ArrowUp':
        move(active < 0 ? current : current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(units.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (activeUnit) onSelect(activeUnit.code === selectedCode ? null : activeUnit.code);
        break;
      case 'Escape':
        onSelect(null);
        break;
      default: {
        if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
        const letter = foldName(e.key);
        const order = units.map((_, i) => (current + 1 + i) % units.length);
        const hit = order.find((i) => foldName(units[i]?.name ?? '').startsWith(letter));
        if (hit === undefined) return;
        move(hit);
      }
    }
    e.preventDefault();
  };

  return (
    <div className={styles.keyboard}>
      <p className={styles.hint} id={`${id}-hint`}>
        {messages.keyboardHint}
      </p>
      <ul
        role="listbox"
        tabIndex={0}
        className={styles.listbox}
        aria-label={messages.keyboardLabel}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={activeId}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (activeUnit) onActive(activeUnit.code);
        }}
        onBlur={() => {
          onActive(null);
        }}
      >
        {units.map((u, i) => {
          const value = values[u.code];
          const cls = classOf(value, legend);
          return (
            <li
              key={u.code}
              id={`${id}-${u.code}`}
              role="option"
              aria-selected={u.code === selectedCode}
              className={`${styles.option} ${i === active ? styles.active : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                move(i);
                onSelect(u.code === selectedCode ? null : u.code);
              }}
            >
              {u.name}: {value ? value.label : legend.noData.label}
              {cls ? ` (${cls.label})` : ''}
              {u.code === selectedCode ? ` — ${messages.selected}` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
