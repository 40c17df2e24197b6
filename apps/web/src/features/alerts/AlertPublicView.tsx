import type { AlertInfo, CapStatusValue } from '@pactesur/contracts';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { languageName } from './alertLanguages.ts';
import { webLink } from './webLink.ts';


interface Props {
  readonly info: AlertInfo;
  readonly status: CapStatusValue;
  /** The map of the area, where the page shows one here. */
  readonly map?: ReactNode;
}

/**
 * What a citizen reading the alert sees, in one of its languages: how serious, the headline, what to do,
 * where, until when and from whom. An exercise is marked as one on every copy.
 */
export function AlertPublicView({ info, status, map }: Props) {
  const id = useId();
  const { t, locale, formatDate } = useI18n();
  const areas = info.areas.map((a) => a.areaDesc).filter(Boolean).join(', ');
  return (
    <section className="card public-view" aria-labelledby={`${id}-title`} data-testid="public-view">
      <h2 id={`${id}-title`}>{t('publicView.title')}</h2>
      <p className="meta">{t('publicView.language', { language: languageName(info.language, locale) })}</p>
      <div className={`public-alert public-alert-${info.severity.toLowerCase()}`} lang={info.language}>
        {status === 'Exercise' && <p className="public-exercise">{t('alert.exerciseBanner')}</p>}
        <p className="public-kind">
          <span lang={locale}>
            {t(`capSeverity.${info.severity}`)} · {t(`capUrgency.${info.urgency}`)}
          </span>{' '}
          · {info.event}
        </p>
        <h3 data-testid="public-headline">{info.headline || <span lang={locale}>{t('publicView.empty')}</span>}</h3>
        {info.instruction && <p className="public-instruction">{info.instruction}</p>}
        {info.description && <p>{info.description}</p>}
        <p className="meta" lang={locale}>
          {areas && <>{t('publicView.area', { area: areas })} · </>}
          {info.expires ? t('publicView.until', { date: formatDate(info.expires, 'date-time') }) : t('publicView.noExpiry')}
        </p>
        <p className="meta">
          {info.senderName && <span lang={locale}>{t('publicView.from', { sender: info.senderName })}</span>}
          {info.contact && <span lang={locale}> · {t('publicView.contact', { contact: info.contact })}</span>}
          {webLink(info.web) && (
            <>
              {' '}
              · <a href={webLink(info.web) ?? undefined}>{info.web}</a>
            </>
          )}
        </p>
      </div>
      {map}
    </section>
  );
}
