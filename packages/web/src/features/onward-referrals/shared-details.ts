import { SHAREABLE_FIELD_LABELS, SHAREABLE_FIELDS, type SharedDetails } from '@kith/shared';

/** The rows of a shared snapshot, in the form's order; fields not shared are simply absent. */
export function sharedRows(shared: SharedDetails): { key: string; value: string }[] {
  return SHAREABLE_FIELDS.flatMap((field) => {
    const value = shared[field];
    return value === undefined ? [] : [{ key: SHAREABLE_FIELD_LABELS[field], value: value === '' ? 'Not known' : value }];
  });
}
