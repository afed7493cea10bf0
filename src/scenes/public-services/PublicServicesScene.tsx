import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { useLanguage } from '../../i18n/use-language';
import { PanelSlot } from '../../panels/registry';
import type { SceneProps } from '../../panels/scene';
import { PUBLIC_SERVICES_PANELS } from './definition';
import styles from './PublicServicesScene.module.css';

/** Dịch vụ công trực tuyến: online services, dossiers, payment and digitisation of the province. */
export function PublicServicesScene({ unitCode, theme, onSelectUnit }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;
  return (
    <section aria-labelledby="public-services-title">
      <h1 id="public-services-title" className={styles.title}>
        {t('publicServices.title')} <span className={styles.unit}>· {unitName}</span>
      </h1>
      <p className={styles.intro}>{t('publicServices.intro')}</p>
      <div className={styles.grid}>
        {PUBLIC_SERVICES_PANELS.map(({ panel, wide }, index) => (
          <div key={`${panel.type}-${String(index)}`} className={wide ? styles.wide : undefined}>
            <PanelSlot spec={panel} context={{ unitCode, theme, onSelectUnit }} />
          </div>
        ))}
      </div>
    </section>
  );
}
