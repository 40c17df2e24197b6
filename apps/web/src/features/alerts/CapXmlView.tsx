import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The CAP 1.2 message as the server writes it (a draft's: as it would be sent now), for those who read XML. */
export function CapXmlView({ xml }: { xml: string }) {
  const id = useId();
  const { t } = useI18n();
  return (
    <section className="card cap-xml" aria-labelledby={`${id}-title`}>
      <details open>
        <summary>
          <h2 id={`${id}-title`}>{t('capXml.title')}</h2>
        </summary>
        <p className="hint">{t('capXml.hint')}</p>
        <pre className="mono" data-testid="cap-xml" tabIndex={0} aria-labelledby={`${id}-title`}>
          {xml}
        </pre>
      </details>
    </section>
  );
}
