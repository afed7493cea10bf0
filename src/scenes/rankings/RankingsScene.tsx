import { useCallback, type ReactNode } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import type { IndexId } from '../../data/queries/index-scores';
import { useLanguage } from '../../i18n/use-language';
import { PanelSlot } from '../../panels/registry';
import type { SceneProps } from '../../panels/scene';
import { rankingsPanels } from './definition';
import { PeerPicker } from './PeerPicker';
import { searchSchema, type RankingsSearch } from './search';
import styles from './RankingsScene.module.css';

const INDICES: readonly IndexId[] = ['index766', 'dti'];

/** Xếp hạng: where the province stands on the 766 index and DTI, over time and beside its peers. */
export function RankingsScene({ unitCode, theme, onSelectUnit }: SceneProps): ReactNode {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  // Parsed again with the scene's own schema: the values are then typed here whatever the
  // router's inferred types are, and the schema's fallbacks make this a no-op on valid input.
  const raw: unknown = useSearch({ from: '/desk/rankings' });
  const parsed = searchSchema.safeParse(raw);
  const search: RankingsSearch = parsed.success ? parsed.data : { peers: undefined };
  const index: IndexId = search.index ?? 'index766';
  // The own province is always drawn; as a peer it would be drawn twice.
  const asked: readonly string[] = search.peers ?? [];
  const peers = asked.filter((code) => code !== unitCode);
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;

  const update = useCallback(
    (next: { index?: IndexId; peers?: string[] }) => {
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({
          ...prev,
          ...('index' in next ? { index: next.index === 'index766' ? undefined : next.index } : {}),
          ...('peers' in next ? { peers: next.peers?.length ? next.peers : undefined } : {}),
        }),
      });
    },
    [navigate],
  );

  return (
    <section aria-labelledby="rankings-title">
      <h1 id="rankings-title" className={styles.title}>
        {t('rankings.heading')} <span className={styles.unit}>· {unitName}</span>
      </h1>
      <div className={styles.controls} role="group" aria-label={t('rankings.controls')}>
        <fieldset className={styles.switch}>
          <legend>{t('rankings.index.legend')}</legend>
          {INDICES.map((id) => (
            <label key={id} className={styles.option}>
              <input
                type="radio"
                name="rankings-index"
                value={id}
                checked={index === id}
                onChange={() => {
                  update({ index: id });
                }}
              />{' '}
              <span title={t(`rankings.indexName.${id}`)}>{t(`rankings.index.${id}`)}</span>
            </label>
          ))}
        </fieldset>
        <PeerPicker
          ownCode={unitCode}
          peers={peers}
          onChange={(next) => {
            update({ peers: next });
          }}
        />
      </div>
      <p className={styles.indexName}>{t(`rankings.indexName.${index}`)}</p>
      <div className={styles.grid}>
        {rankingsPanels({ index, peers }).map(({ panel, wide }) => (
          <div key={panel.type} className={wide ? styles.wide : undefined}>
            <PanelSlot spec={panel} context={{ unitCode, theme, onSelectUnit }} />
          </div>
        ))}
      </div>
    </section>
  );
}
