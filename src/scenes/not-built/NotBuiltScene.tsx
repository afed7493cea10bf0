import { useTranslation } from 'react-i18next';
import type { SceneEntry } from '../../catalog/scenes';
import styles from './NotBuiltScene.module.css';

/** Says plainly that a screen is not built yet, instead of faking content. */
export function NotBuiltScene({ scene }: { scene: SceneEntry }) {
  const { t } = useTranslation();
  const name = t(`nav.${scene.navKey}`);
  return (
    <section className={styles.notice} aria-labelledby="scene-title">
      <h1 id="scene-title">{name}</h1>
      <p role="status">
        <strong>{t('scene.notBuiltTitle')}</strong>
      </p>
      <p>{t('scene.notBuiltBody', { name })}</p>
      <p className={styles.issue}>#{scene.issue}</p>
    </section>
  );
}
