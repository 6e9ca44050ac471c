import type { CommunityResource } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { readShowArchived, withArchivedView } from './resource-archive-view.ts';
import {
  categorySuggestions,
  emptyResourceValues,
  toCreateResourceRequest,
  toUpdateResourceRequest,
  valuesFromResource,
} from './resource-form-values.ts';

const resource: CommunityResource = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Outcomes framework',
  kind: 'guide',
  category: 'Outcomes',
  summary: 'Measuring what matters',
  url: 'https://example.org/outcomes',
  tags: ['outcomes', 'evaluation'],
  archived: false,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

describe('the resource form', () => {
  it('sends tags as a list, lower-case and once each, and the web address trimmed', () => {
    const values = {
      ...emptyResourceValues(),
      title: 'T',
      category: 'C',
      url: ' https://example.org/x ',
      tags: 'Care, care,plans',
    };
    expect(toCreateResourceRequest(values)).toEqual({
      title: 'T',
      kind: 'guide',
      category: 'C',
      summary: '',
      url: 'https://example.org/x',
      tags: ['care', 'plans'],
    });
  });

  it('sends only what changed when editing', () => {
    const initial = valuesFromResource(resource);
    expect(initial.tags).toBe('outcomes, evaluation');
    expect(
      toUpdateResourceRequest(initial, { ...initial, tags: 'Outcomes,evaluation', url: ' https://example.org/outcomes' }),
    ).toEqual({});
    expect(toUpdateResourceRequest(initial, { ...initial, kind: 'toolkit', tags: 'outcomes', category: 'Evaluation' })).toEqual({
      kind: 'toolkit',
      category: 'Evaluation',
      tags: ['outcomes'],
    });
  });

  it('offers the categories in use and the resource’s saved one, each once whatever the case, in order', () => {
    expect(categorySuggestions(['Outcomes', 'implementation'], 'Archived topic')).toEqual([
      'Archived topic',
      'implementation',
      'Outcomes',
    ]);
    expect(categorySuggestions(['Outcomes'], 'outcomes')).toEqual(['Outcomes']);
    expect(categorySuggestions([], '  ')).toEqual([]);
  });
});

describe('the archived view in the query string', () => {
  it('is on only for archived=show', () => {
    expect(readShowArchived(new URLSearchParams('archived=show&q=x'))).toBe(true);
    expect(readShowArchived(new URLSearchParams('archived=yes'))).toBe(false);
  });

  it('is added to and removed from library links, keeping the search', () => {
    expect(withArchivedView('/community/resources', true)).toBe('/community/resources?archived=show');
    expect(withArchivedView('/community/resources?q=care&page=2', true)).toBe('/community/resources?q=care&page=2&archived=show');
    expect(withArchivedView('/community/resources?archived=show&q=care', false)).toBe('/community/resources?q=care');
    expect(withArchivedView('/community/resources?archived=show', false)).toBe('/community/resources');
  });
});
