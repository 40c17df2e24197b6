import type { StationSearch } from '@pactesur/contracts';
import type { Translate } from '../../i18n/useI18n.tsx';

/**
 * Why no emergency route was checked, as the plan recorded it: the map data was searched and had no
 * station (then the reader is asked to place one), none was asked for or placed, or — plans made before
 * the search was recorded — simply none was given.
 */
export function noStationText(t: Translate, search: StationSearch | undefined): string {
  if (search?.osmAsked && search.osmFound === 0 && search.given === 0) return t('protection.noStationFound');
  if (search && !search.osmAsked && search.given === 0) return t('protection.noStationAsked');
  return t('protection.noStationsChecked');
}
