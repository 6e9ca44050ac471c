import type { SearchFormValues } from './service-search-values.ts';

/** The filters under "More filters": the search words, place and needs have places of their own. */
const MORE_FILTER_FIELDS = ['age', 'day', 'time', 'maxWaitDays', 'flags'] as const;

/** How many of "More filters" are set, so the closed chooser still says that some are. */
export function moreFilterCount(values: Pick<SearchFormValues, (typeof MORE_FILTER_FIELDS)[number]>): number {
  const text = [values.age, values.day, values.time, values.maxWaitDays].filter((value) => value.trim() !== '').length;
  return text + values.flags.length;
}

/** Whether a problem with the search belongs to a field under "More filters", which must then be open to show it. */
export function isMoreFilterPath(path: string): boolean {
  return (MORE_FILTER_FIELDS as readonly string[]).includes(path);
}

/** "Needs", or "Needs (2 chosen)": the chooser's summary says what is inside when it is closed. */
export function needsSummary(chosen: number): string {
  return chosen > 0 ? `Needs (${chosen} chosen)` : 'Needs';
}

/** "More filters", or "More filters (1 set)". */
export function moreFiltersSummary(set: number): string {
  return set > 0 ? `More filters (${set} set)` : 'More filters';
}

/**
 * Where "Record an unmet need" leads from a search for a person: their unmet-need form, starting
 * from the first need searched for (the form takes one need).
 */
export function unmetNeedHref(personId: string, needs: readonly string[]): string {
  const path = `/people/${encodeURIComponent(personId)}/unmet-needs/new`;
  const first = needs[0];
  return first ? `${path}?needTermId=${encodeURIComponent(first)}` : path;
}
