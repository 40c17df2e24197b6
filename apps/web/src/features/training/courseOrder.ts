import type { Course, CourseTheme } from '@pactesur/contracts';

/** What the list of courses is narrowed to: a network (its slug) and a theme, '' for any. */
export interface CourseFilter {
  readonly network: string;
  readonly theme: CourseTheme | '';
}

/** A network a course belongs to, as the filter offers it. */
export interface NetworkChoice {
  readonly slug: string;
  readonly name: string;
}

const STILL_TO_COME: ReadonlySet<Course['stage']> = new Set(['upcoming', 'running']);

/**
 * The courses of the filter, those still to come or under way first (soonest first), then those over
 * (latest first); a title settles a tie.
 */
export function coursesShown(courses: readonly Course[], filter: CourseFilter): Course[] {
  return courses
    .filter(
      (c) =>
        (filter.network === '' || c.networkSlug === filter.network) &&
        (filter.theme === '' || c.theme === filter.theme),
    )
    .sort((a, b) => {
      const ahead = Number(STILL_TO_COME.has(b.stage)) - Number(STILL_TO_COME.has(a.stage));
      if (ahead !== 0) return ahead;
      const when = STILL_TO_COME.has(a.stage)
        ? a.startsAt.localeCompare(b.startsAt)
        : b.startsAt.localeCompare(a.startsAt);
      return when || a.title.localeCompare(b.title);
    });
}

/** The networks the courses belong to, each once, by name. */
export function networksOf(courses: readonly Course[]): NetworkChoice[] {
  const bySlug = new Map(courses.map((c) => [c.networkSlug, c.networkName]));
  return [...bySlug].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The themes the courses have, each once, in the order of the contract. */
export function themesOf(courses: readonly Course[], all: readonly CourseTheme[]): CourseTheme[] {
  const used = new Set(courses.map((c) => c.theme));
  return all.filter((t) => used.has(t));
}
