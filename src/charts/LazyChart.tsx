import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { ChartProps } from './types';
import styles from './LazyChart.module.css';

type ChartComponent = ComponentType<ChartProps>;

function Placeholder({ height, label }: { height: string; label: string }) {
  return (
    <div
      className={styles.placeholder}
      style={{ height }}
      role="img"
      aria-label={label}
      aria-busy="true"
    />
  );
}

function LoadFailed({ height, onRetry }: { height: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.failed} style={{ minHeight: height }} role="alert">
      <p>{t('charts.loadFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  );
}

type Loader = () => Promise<{ default: ChartComponent }>;

/**
 * A chart component whose implementation is downloaded on first use. While it loads, a
 * placeholder of the same size holds the space; if the download fails, the panel says so and
 * offers a retry (the table view keeps working either way).
 *
 * React.lazy remembers a failed import for ever, so on failure a fresh lazy component takes its
 * place: "retry" (or the next scene rotation) tries the download again after a network loss.
 */
export function createLazyChart(load: Loader): ComponentType<ChartProps> {
  const makeLazy = (): ChartComponent =>
    lazy(() =>
      load().catch((error: unknown) => {
        Impl = makeLazy();
        throw error;
      }),
    );
  let Impl = makeLazy();

  // Reads Impl when it mounts, so that a remount after "retry" picks up the fresh lazy component.
  function Current(props: ChartProps) {
    return <Impl {...props} />;
  }

  return function LazyChart(props: ChartProps) {
    const height = props.height ?? '18rem';
    return (
      <ErrorBoundary fallback={(_error, reset) => <LoadFailed height={height} onRetry={reset} />}>
        <Suspense fallback={<Placeholder height={height} label={props.label} />}>
          <Current {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}

/** The chart panels use: ECharts arrives in its own chunk with the first chart on screen. */
export const LazyChart = createLazyChart(() => import('./EChart'));
