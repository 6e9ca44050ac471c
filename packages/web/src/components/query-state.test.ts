import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { ErrorState } from './error-state.tsx';
import { type QueryLike, QueryState } from './query-state.tsx';

interface Session {
  id: string;
}

function query(overrides: Partial<QueryLike<Session>>): QueryLike<Session> {
  return { isPending: false, isError: false, error: null, data: undefined, refetch: () => Promise.resolve(), ...overrides };
}

function renderState(state: QueryLike<Session>): string {
  // Called directly (it has no hooks) because its children are a function, not elements.
  return renderToStaticMarkup(
    QueryState({ query: state, what: 'the session', children: (session) => createElement('p', null, `Session ${session.id}`) }),
  );
}

const LOADING = '<p class="nhsuk-body kith-loading" role="status">Loading the session…</p>';
const failure = new ApiError(503, { error: 'unavailable', message: '' });
const errorCard = renderToStaticMarkup(createElement(ErrorState, { error: failure, what: 'the session', onRetry: () => {} }));

describe('QueryState', () => {
  it('says what is loading while the query is pending', () => {
    expect(renderState(query({ isPending: true }))).toBe(LOADING);
  });

  it('shows the error card, with its retry, when the query failed', () => {
    expect(errorCard).toContain('Sorry, we could not load the session');
    expect(errorCard).toContain('Try again');
    expect(renderState(query({ isError: true, error: failure }))).toBe(errorCard);
  });

  it('shows only the content once there is data', () => {
    expect(renderState(query({ data: { id: 's1' } }))).toBe('<p>Session s1</p>');
  });

  it('keeps the content it had under the error card when a refetch fails', () => {
    expect(renderState(query({ isError: true, error: failure, data: { id: 's1' } }))).toBe(`${errorCard}<p>Session s1</p>`);
  });

  it('retries by refetching the query', () => {
    const refetch = vi.fn(() => Promise.resolve());
    const rendered: ReactNode = QueryState({
      query: query({ isError: true, error: failure, refetch }),
      what: 'the session',
      children: () => null,
    });
    findErrorCard(rendered)?.props.onRetry?.();
    expect(refetch).toHaveBeenCalledOnce();
  });
});

type Props = { children?: ReactNode; onRetry?: () => void };

/** The error card in a rendered tree (without rendering it further). */
function findErrorCard(node: ReactNode): ReactElement<Props> | undefined {
  if (Array.isArray(node)) return node.map(findErrorCard).find(Boolean);
  if (!isValidElement<Props>(node)) return undefined;
  return node.type === ErrorState ? node : findErrorCard(node.props.children);
}
