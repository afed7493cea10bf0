import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { useLanguage } from '../../i18n/use-language';
import { PanelSlot } from '../../panels/registry';
import { OVERVIEW_PANELS } from './definition';
import type { SceneProps } from '../../panels/scene';
import styles from './OverviewScene.module.css';

/** Tổng quan: where the province stands against its targets. */
export function OverviewScene({ unitCode, theme, onSelectUnit }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title" className={styles.title}>
        {t('nav.overview')} <span className={styles.unit}>· {unitName}</span>
      </h1>
      <div className={styles.grid}>
        {OVERVIEW_PANELS.map(({ panel, wide }, index) => (
          <div key={`${panel.type}-${String(index)}`} className={wide ? styles.wide : undefined}>
            <PanelSlot spec={panel} context={{ unitCode, theme, onSelectUnit }} />
          </div>
        ))}
      </div>
    </section>
  );
}
