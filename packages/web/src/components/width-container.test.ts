import { describe, expect, it } from 'vitest';
import { widthContainerClass } from './width-container.ts';

describe('widthContainerClass', () => {
  it('gives signed-in workspaces the full width and visitors the readable NHS column', () => {
    expect(widthContainerClass(true)).toBe('nhsuk-width-container-fluid kith-workspace');
    expect(widthContainerClass(false)).toBe('nhsuk-width-container');
  });
});
