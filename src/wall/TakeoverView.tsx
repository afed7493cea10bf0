import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { EN_MAP_MESSAGES, ProvinceMap, VI_MAP_MESSAGES, statusLegend } from '../map';
import type { MapLegend, UnitValues } from '../map';
import { StatusBadge } from '../ui/StatusBadge';
import { palettes, type ThemeName } from '../ui/tokens';
import type { Takeover } from './takeover';
import styles from './WallScreen.module.css';

interface Props {
  takeover: Takeover;
  /** the wall's province: the alert's unit when it names none of the 34 provinces */
  unitCode: string;
  theme: ThemeName;
  secondsLeft: number;
}

/** The province an alert is about (communes and departments belong to the wall's province). */
function provinceOf(unitCode: string | undefined, fallback: string): string {
  if (unitCode && ADMIN_UNITS.currentByCode(unitCode)) return unitCode;
  return fallback;
}

/** A critical alert on the whole wall: what, where, when, from which source; the map flies there. */
export function TakeoverView({ takeover, unitCode, theme, secondsLeft }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { alert, more } = takeover;
  const province = provinceOf(alert.subject.unitCode, unitCode);
  const unit = ADMIN_UNITS.currentByCode(province);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : province;
  const title = alert.title ?? t(`wall.takeover.kind.${alert.kind}`);
  const sourceParts = [
    t('wall.takeover.alertService'),
    alert.subject.stationId,
    alert.subject.sourceId,
    alert.subject.departmentId,
  ].filter((part): part is string => typeof part === 'string' && part.length > 0);

  const { legend, values } = useMemo((): { legend: MapLegend; values: UnitValues } => {
    const palette = palettes[theme];
    const label = t('wall.takeover.severity');
    return {
      legend: statusLegend(
        t('wall.takeover.mapLegend'),
        [{ key: 'critical', label, color: palette.bad }],
        { label: '—', color: palette.surfaceRaised },
      ),
      values: { [province]: { value: null, status: 'critical', label } },
    };
  }, [province, t, theme]);

  return (
    <section
      className={styles.takeover}
      role="alert"
      aria-labelledby="wall-takeover-title"
      data-testid="wall-takeover"
    >
      <div className={styles.takeoverText}>
        <p className={styles.takeoverKicker}>
          <StatusBadge tone="bad" label={t('wall.takeover.label')} />
        </p>
        <h2 id="wall-takeover-title" className={styles.takeoverTitle}>
          {title}
        </h2>
        <p className={styles.takeoverKind}>{t(`wall.takeover.kind.${alert.kind}`)}</p>
        <dl className={styles.takeoverFacts}>
          <dt>{t('wall.takeover.unit')}</dt>
          <dd>{unitName}</dd>
          <dt>{t('wall.takeover.time')}</dt>
          <dd>
            <time dateTime={new Date(alert.raisedAtMs).toISOString()}>
              {formatDateTime(alert.raisedAtMs, lang)}
            </time>
          </dd>
          <dt>{t('wall.takeover.source')}</dt>
          <dd>{sourceParts.join(' · ')}</dd>
        </dl>
        {more > 0 && (
          <p className={styles.takeoverMore} data-testid="wall-takeover-more">
            {t('wall.takeover.more', { count: more })}
          </p>
        )}
        <p className={styles.takeoverHint}>
          {t('wall.takeover.returns', { seconds: secondsLeft })}
        </p>
        <p className={styles.takeoverHint}>{t('wall.takeover.ackHint')}</p>
      </div>
      <div className={styles.takeoverMap}>
        <ProvinceMap
          unitSet="current"
          values={values}
          legend={legend}
          selectedCode={province}
          flyTo={{ key: alert.id, unitCode: province }}
          ariaLabel={`${t('wall.takeover.mapLegend')}: ${unitName}`}
          theme={theme}
          messages={lang === 'vi' ? VI_MAP_MESSAGES : EN_MAP_MESSAGES}
        />
      </div>
    </section>
  );
}
