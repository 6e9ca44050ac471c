import { z } from 'zod';

/** Tags on community posts and resources: trimmed, lower-case, at most 10 of up to 40 characters. */
export const CommunityTags = z
  .array(z.string().trim().toLowerCase().min(1).max(40, { message: 'Each tag must be 40 characters or fewer' }))
  .max(10, { message: 'Use at most 10 tags' });

/**
 * A web address people will open: http or https only, so a `javascript:`, `data:` or `file:`
 * address can never be stored and shown as a link.
 */
export const CommunityHttpUrl = z
  .string()
  .trim()
  .max(2000, { message: 'The web address must be 2000 characters or fewer' })
  .refine(isHttpUrl, { message: 'Enter a web address starting with https:// (or http://)' });

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
