import type { Course } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { placesMessage } from './courseFacts.ts';

interface Props {
  readonly course: Pick<Course, 'places' | 'taken' | 'enrolmentOpen'>;
  /** The element that holds the words: a `dd` in a list of facts, a `span` in a line. */
  readonly as: 'dd' | 'span';
}

/** A course's places in words (how many are left while enrolment is open), the number left as `data-left`. */
export function CoursePlaces({ course, as: Element }: Props) {
  const { t, formatCount } = useI18n();
  const places = placesMessage(course);
  return (
    <Element data-testid="course-places" data-left={places.left}>
      {t(places.key, {
        left: formatCount(places.left),
        taken: formatCount(places.taken),
        places: formatCount(places.places),
      })}
    </Element>
  );
}
