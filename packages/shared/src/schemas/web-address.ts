import { z } from 'zod';
import { isHttpUrl, WEB_ADDRESS_MAX_LENGTH, WEB_ADDRESS_MESSAGE } from '../rules/web-address.ts';

/**
 * Every web address field in the API: http or https only (see `rules/web-address.ts`), so a
 * `javascript:`, `data:` or `vbscript:` address is a 400 naming the field and can never be
 * stored, shown as a link or republished by the ORUK feed.
 */
export const WebAddress = z
  .string()
  .trim()
  .max(WEB_ADDRESS_MAX_LENGTH, { message: `The web address must be ${WEB_ADDRESS_MAX_LENGTH} characters or fewer` })
  .refine(isHttpUrl, { message: WEB_ADDRESS_MESSAGE });
export type WebAddress = z.infer<typeof WebAddress>;
