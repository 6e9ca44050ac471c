import { z } from 'zod';

/** Tags on community posts and resources: trimmed, lower-case, at most 10 of up to 40 characters. */
export const CommunityTags = z
  .array(z.string().trim().toLowerCase().min(1).max(40, { message: 'Each tag must be 40 characters or fewer' }))
  .max(10, { message: 'Use at most 10 tags' });
export type CommunityTags = z.infer<typeof CommunityTags>;
