import type { PracticeHit } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { textIn } from './displayText.ts';
import { Headline } from './Headline.tsx';
import { MaturityBadge } from './MaturityBadge.tsx';
import { StateChip } from './StateChip.tsx';
import { TextLabel } from './TextLabel.tsx';

interface Props {
  readonly hit: PracticeHit;
  /** A result of the list (`li`, `practice-hit`), or the practice chosen on the map (`div`). */
  readonly as: 'li' | 'div';
}

/**
 * A practice found: its title in the reader's language (or labelled), its owner, city and country, year,
 * maturity and stage, and the extract with the words found marked (else the start of its summary).
 */
export function PracticeHitCard({ hit, as }: Props) {
  const { t, locale, countryName } = useI18n();
  const title = textIn(hit.title, locale);
  const summary = textIn(hit.summary, locale);
  const place = [hit.city, hit.country ? countryName(hit.country) : ''].filter((p) => p !== '').join(', ');
  const Element = as;
  return (
    <Element
      className="practice-hit"
      data-testid={as === 'li' ? 'practice-hit' : 'practice-map-card'}
      data-practice-id={hit.id}
    >
      <h3 className="practice-hit-title">
        <Link to={pathOf({ name: 'practice', id: hit.id })} lang={title?.language}>
          {title?.text ?? t('practices.noTitle')}
        </Link>{' '}
        {title && <TextLabel shown={title} />}
      </h3>
      <p className="meta">
        {[t('practices.by', { org: hit.ownerName }), place, hit.year === null ? '' : String(hit.year)]
          .filter((p) => p !== '')
          .join(' · ')}
      </p>
      <p className="practice-chips">
        <MaturityBadge maturity={hit.maturity} />
        {hit.state !== 'published' && <StateChip state={hit.state} />}
        <span className="tag">{t(`practiceConfidentiality.${hit.confidentiality}`)}</span>
        {hit.demo && <span className="tag practice-demo">{t('practices.demo')}</span>}
      </p>
      {hit.headline.trim() !== '' ? (
        <Headline headline={hit.headline} />
      ) : (
        summary && (
          <p className="practice-headline" lang={summary.language}>
            {summary.text}
          </p>
        )
      )}
    </Element>
  );
}
