import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CAP_TYPE, capFileName } from './capFile.ts';

/**
 * The CAP 1.2 message a `cap-alert` inject was delivered as (status Exercise): its identifier, and the
 * message itself to download as `application/cap+xml`, still marked as an exercise.
 */
export function CapMessage({ cap }: { cap: { identifier: string; xml: string } }) {
  const { t } = useI18n();
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([cap.xml], { type: CAP_TYPE }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [cap.xml]);
  return (
    <p className="delivery-cap-message" data-testid="delivery-cap-message" data-identifier={cap.identifier}>
      <span className="mono">{t('exerciseFeed.capIdentifier', { identifier: cap.identifier })}</span>
      {href && (
        <>
          {' · '}
          <a href={href} download={capFileName(cap.identifier)} type={CAP_TYPE} data-testid="delivery-cap-download">
            {t('exerciseFeed.capDownload')}
          </a>
        </>
      )}
    </p>
  );
}
