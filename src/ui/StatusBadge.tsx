import styles from './StatusBadge.module.css';

export type StatusTone = 'good' | 'warning' | 'bad' | 'neutral';

const ICONS: Record<StatusTone, string> = {
  good: '✔',
  warning: '▲',
  bad: '✖',
  neutral: '–',
};

interface Props {
  tone: StatusTone;
  /** The status in words: colour is never the only signal. */
  label: string;
}

/** A status shown three ways at once: colour, icon and text. */
export function StatusBadge({ tone, label }: Props) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} data-tone={tone}>
      <span aria-hidden="true" className={styles.icon}>
        {ICONS[tone]}
      </span>
      {label}
    </span>
  );
}
