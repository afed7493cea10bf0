import { useState, type ChangeEvent } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { readTrainerSearch } from './search';
import type { SceneProps } from '../panels/scene';
import { LiveView } from './live/LiveView';
import { Player } from './player/Player';
import { RehearsalMark } from './RehearsalMark';
import { BUILTIN } from './scenario/builtin';
import { parseScenarioText, type Scenario, type ScenarioProblem } from './scenario/format';
import { registerOpenedScenario } from './session/registry';
import { useSession, useSessionNow } from './session/use-session';
import { Tour } from './tour/Tour';
import { Score766WhatIf } from './whatif/Score766WhatIf';
import { TargetWhatIf } from './whatif/TargetWhatIf';
import styles from './TrainerScene.module.css';

function Problems({
  heading,
  problems,
}: {
  heading: string;
  problems: readonly ScenarioProblem[];
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={styles.problems}>
      <p>{heading}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {t('trainer.problem', { field: p.field || t('trainer.wholeFile'), message: p.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Trainer mode's screen: pick a scenario (built-in or a file), play it on the virtual clock
 * with its timeline, follow it in the live view, walk the class through the guided tour, and
 * try what-ifs on the 2030 targets and the 766 index.
 */
export function TrainerScene({ unitCode, theme }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const raw: unknown = useSearch({ strict: false });
  const search = readTrainerSearch(raw);
  const trainer = search.trainer;
  const session = useSession();
  const nowMs = useSessionNow();
  const [fileProblems, setFileProblems] = useState<{
    file: string;
    problems: readonly ScenarioProblem[];
  } | null>(null);

  const start = (scenario: Scenario) => {
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({
        ...prev,
        trainer: scenario.id,
        unit: scenario.unit,
      }),
    });
  };
  const leave = () => {
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, trainer: undefined }),
    });
  };
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const parsed = parseScenarioText(await file.text());
    if (!parsed.ok) {
      setFileProblems({ file: file.name, problems: parsed.error });
      return;
    }
    setFileProblems(null);
    registerOpenedScenario(parsed.value);
    start(parsed.value);
  };

  const scenario =
    session.scenario !== null && session.scenario.id === trainer ? session.scenario : null;

  return (
    <div className={styles.scene}>
      {/* Outside a scenario the screen is still a rehearsal screen: the mark is always there. */}
      {trainer === undefined && <RehearsalMark title={t('trainer.title')} />}
      <h1 className={styles.heading}>{t('trainer.title')}</h1>

      <section aria-labelledby="trainer-pick-title" className={styles.pick}>
        <h2 id="trainer-pick-title" className={styles.subheading}>
          {t('trainer.pickHeading')}
        </h2>
        {trainer === undefined && <p>{t('trainer.intro')}</p>}
        <ul className={styles.cards}>
          {BUILTIN.scenarios.map((s) => (
            <li
              key={s.id}
              className={styles.card}
              data-scenario={s.id}
              aria-current={s.id === trainer}
            >
              <h3 className={styles.cardTitle}>{s.title[lang]}</h3>
              <p>{s.summary[lang]}</p>
              {s.id === trainer ? (
                <button type="button" onClick={leave}>
                  {t('trainer.leave')}
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => {
                    start(s);
                  }}
                  aria-label={`${t('trainer.pick')}: ${s.title[lang]}`}
                >
                  {t('trainer.pick')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <label className={styles.file}>
          {t('trainer.openFile')}{' '}
          <input type="file" accept="application/json,.json" onChange={(e) => void openFile(e)} />
        </label>
        {fileProblems && (
          <Problems
            heading={t('trainer.fileProblems', { file: fileProblems.file })}
            problems={fileProblems.problems}
          />
        )}
        {BUILTIN.broken.map((b) => (
          <Problems
            key={b.file}
            heading={t('trainer.brokenBuiltin', { file: b.file })}
            problems={b.problems}
          />
        ))}
      </section>

      {trainer !== undefined && scenario === null && <p role="status">{t('trainer.loading')}</p>}
      {scenario && (
        <>
          {!session.mocksDriven && <p role="note">{t('trainer.noMocks')}</p>}
          <Player scenario={scenario} session={session} nowMs={nowMs} />
          <Tour steps={scenario.tour} />
          <LiveView scenario={scenario} nowMs={nowMs} epoch={session.epoch} theme={theme} />
        </>
      )}

      <section aria-labelledby="trainer-whatif-title" className={styles.whatif}>
        <h2 id="trainer-whatif-title" className={styles.subheading}>
          {t('trainer.whatIf')}
        </h2>
        <div className={styles.whatifGrid}>
          <TargetWhatIf
            unitCode={unitCode}
            kpiId={search.kpi}
            pace={search.pace}
            onChange={(next) => {
              void navigate({
                to: '.',
                search: (prev: Record<string, unknown>) => ({ ...prev, ...next }),
                replace: true,
              });
            }}
          />
          <Score766WhatIf unitCode={unitCode} />
        </div>
      </section>
    </div>
  );
}
