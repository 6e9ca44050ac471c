/**
 * A one-off confirmation handed to the next page through router state, e.g. "Jane has been
 * created" after a redirect. History state can hold anything, so it is read defensively.
 */
export interface FlashState {
  flash: string;
  flashDetail?: string;
}

export function readFlash(state: unknown): FlashState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { flash, flashDetail } = state as Record<string, unknown>;
  if (typeof flash !== 'string' || flash === '') return null;
  return typeof flashDetail === 'string' ? { flash, flashDetail } : { flash };
}
