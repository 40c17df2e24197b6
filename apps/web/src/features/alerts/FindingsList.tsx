import type { AlertFinding } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { findingLanguage, findingsByLevel, findingText } from './findingText.ts';

interface Props {
  readonly findings: readonly AlertFinding[];
  /** The languages of the infos, in order: a finding in `info[1]` is said to be in the second. */
  readonly languages: readonly string[];
  /** Whether what is on screen is newer than these findings. */
  readonly checking: boolean;
  readonly error?: unknown;
}

/**
 * What the checks of the message found (the XML schema, CAP's rules, the city's profile), by level, errors
 * first: each in the reader's words where its code has some, with its code and where it is.
 */
export function FindingsList({ findings, languages, checking, error = null }: Props) {
  const id = useId();
  const { t } = useI18n();
  const count = (level: AlertFinding['level']) => findings.filter((f) => f.level === level).length;
  const errors = count('error');
  return (
    <section
      className="card findings"
      aria-labelledby={`${id}-title`}
      data-testid="findings"
      data-errors={errors}
      data-checking={checking}
    >
      <h2 id={`${id}-title`}>{t('findings.title')}</h2>
      <p role="status" className={errors > 0 ? 'findings-verdict has-errors' : 'findings-verdict'}>
        {checking
          ? t('findings.checking')
          : errors === 0 && findings.length === 0
            ? t('findings.valid')
            : t('findings.summary', { errors, warnings: count('warning'), recommendations: count('recommendation') })}
      </p>
      <ErrorMessage error={error} />
      {findingsByLevel(findings).map((group) => (
        <div key={group.level} className={`findings-level findings-${group.level}`}>
          <h3>{t(`findings.level.${group.level}`)}</h3>
          <ul className="plain-list">
            {group.findings.map((f, i) => {
              const said = findingText(t, f);
              const language = findingLanguage(f.path, languages);
              return (
                <li key={`${f.code}-${f.path}-${i}`} data-testid="finding" data-code={f.code} data-level={f.level}>
                  {said.translated ? (
                    said.text
                  ) : (
                    <>
                      <span className="visually-hidden">{t('findings.untranslated')} </span>
                      <span lang="en">{said.text}</span>
                    </>
                  )}
                  <div className="meta">
                    <code>{f.code}</code> · <code>{f.path}</code>
                    {language && ` · ${t('findings.where', { language })}`}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
