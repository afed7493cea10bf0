import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob, type ChartHandle, type PngCaption } from '../../charts';
import { csvBlob, type CsvTable } from './csv';
import styles from './PanelActions.module.css';

export interface CsvExport {
  /** file name with extension, see safeFileName */
  filename: string;
  /** built when the user asks, not on every render */
  build: () => CsvTable;
}

export interface PngExport {
  filename: string;
  /** null while the chart is not on screen (table view, loading) */
  handle: ChartHandle | null;
  caption: () => PngCaption;
}

interface Props {
  csv?: CsvExport;
  png?: PngExport;
}

/**
 * Export buttons of a panel: CSV of the numbers (always available), PNG of the chart (while
 * the chart is shown). Meant for PanelFrame's header, next to the table toggle.
 */
export function PanelActions({ csv, png }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const [failed, setFailed] = useState(false);
  const pngReady = png?.handle != null;

  function exportCsv(spec: CsvExport) {
    setFailed(false);
    try {
      saveBlob(csvBlob(spec.build()), spec.filename);
    } catch {
      setFailed(true);
    }
  }

  async function exportPng(spec: PngExport) {
    if (!spec.handle) return;
    setFailed(false);
    try {
      const blob = await spec.handle.toPng(spec.caption());
      if (blob) saveBlob(blob, spec.filename);
      else setFailed(true);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className={styles.actions} role="group" aria-label={t('panels.actions.group')}>
      {csv && (
        <button
          type="button"
          className={styles.action}
          onClick={() => {
            exportCsv(csv);
          }}
        >
          {t('panels.actions.csv')}
        </button>
      )}
      {png && (
        <button
          type="button"
          className={styles.action}
          aria-disabled={!pngReady}
          aria-describedby={pngReady ? undefined : hintId}
          onClick={() => {
            void exportPng(png);
          }}
        >
          {t('panels.actions.png')}
        </button>
      )}
      {png && !pngReady && (
        <span id={hintId} className="visually-hidden">
          {t('panels.actions.pngUnavailable')}
        </span>
      )}
      {failed && (
        <span className={styles.failed} role="alert">
          {t('panels.actions.exportFailed')}
        </span>
      )}
    </div>
  );
}
