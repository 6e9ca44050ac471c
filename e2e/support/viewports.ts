import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A screen size a journey runs at; `name` goes into test names and screenshot file names. */
export interface JourneyViewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
}

/** A common laptop screen. */
export const DESKTOP: JourneyViewport = { name: 'desktop', width: 1366, height: 768 };
/** A common phone (CSS pixels): the size at which no page may scroll sideways. */
export const PHONE: JourneyViewport = { name: 'phone', width: 390, height: 844 };

export const ALL_VIEWPORTS: readonly JourneyViewport[] = [DESKTOP, PHONE];

/**
 * The sizes a journey runs at by default (`npm test`, CI) when it is not plain desktop. Every
 * journey runs at desktop size except main-screens, a sweep of every role's screens that the other
 * journeys already look at on a desktop, which runs at phone size, where the layout risk is. The
 * referral pathway (referrer, supervisor, link worker, with the folded menu) runs at both. Running
 * every journey twice would double the slowest part of `npm test`, so only
 * `KITH_JOURNEY_VIEWPORTS=both` (`npm run test:e2e:both`) does that.
 */
const DEFAULT_SIZES: Readonly<Record<string, readonly JourneyViewport[]>> = {
  'main-screens': [PHONE],
  'referral-to-message-back': [DESKTOP, PHONE],
};

const JOURNEYS_DIR = fileURLToPath(new URL('../journeys/', import.meta.url));
for (const name of Object.keys(DEFAULT_SIZES)) {
  // A renamed journey would silently drop back to desktop only.
  if (!existsSync(`${JOURNEYS_DIR}${name}.e2e.test.ts`)) throw new Error(`DEFAULT_SIZES names no journey: ${name}`);
}

/**
 * The sizes the journey in `testFile` runs at, from `KITH_JOURNEY_VIEWPORTS`: `both`, `desktop`
 * or `phone` for every journey; unset (or `default`) for the defaults above.
 */
export function journeyViewports(testFile: string): readonly JourneyViewport[] {
  const choice = process.env.KITH_JOURNEY_VIEWPORTS || 'default';
  switch (choice) {
    case 'both':
      return ALL_VIEWPORTS;
    case 'desktop':
      return [DESKTOP];
    case 'phone':
      return [PHONE];
    case 'default':
      return DEFAULT_SIZES[basename(testFile, '.e2e.test.ts')] ?? [DESKTOP];
    default:
      throw new Error(`KITH_JOURNEY_VIEWPORTS must be both, desktop, phone or default, not "${choice}"`);
  }
}

/** Whether the page is at phone width, where the sideways-scroll rule applies. */
export function isPhoneWidth(width: number): boolean {
  return width <= PHONE.width;
}
