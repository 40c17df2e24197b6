import type { MapLayersJson } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ZoneField } from './ZoneField.tsx';
import type { ZoneChoice } from './useZoneChoice.ts';

interface Props {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  readonly choice: ZoneChoice;
  /** The form was sent: a drawing that is not yet a polygon is then pointed out. */
  readonly tried: boolean;
}

/** The protected zone of a new record ({@link ZoneField}), and the problem of a zone drawn but not closed. */
export function ZoneChoiceField({ site, layers, choice, tried }: Props) {
  const { t } = useI18n();
  return (
    <>
      <ZoneField
        site={site}
        layers={layers}
        mode={choice.mode}
        corners={choice.corners}
        onMode={choice.setMode}
        onCorners={choice.setCorners}
      />
      {choice.missing && tried && (
        <p className="field-problem" role="alert">
          {t('threatForm.noZone')}
        </p>
      )}
    </>
  );
}
