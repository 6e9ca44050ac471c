import type { TaxonomyTerm } from '@kith/shared';
import { useState } from 'react';
import { BackLink } from '../../components/back-link.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useTaxonomies, useTaxonomyTerms } from './directory-queries.ts';
import { TaxonomyTermForm } from './taxonomy-term-form.tsx';
import type { TermFormMode } from './taxonomy-term-values.ts';
import { nestTerms, type TermNode } from './taxonomy-tree.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface TermTreeProps {
  nodes: readonly TermNode[];
  onChoose: (mode: TermFormMode) => void;
}

function TermTree({ nodes, onChoose }: TermTreeProps) {
  return (
    <ul className="kith-term-tree">
      {nodes.map(({ term, children }) => (
        <li key={term.id}>
          <strong>{term.name}</strong>
          {term.code ? <span className="nhsuk-u-secondary-text-colour"> (code {term.code})</span> : null}
          {term.description ? <span className="nhsuk-body-s nhsuk-u-margin-bottom-0"> – {term.description}</span> : null}
          <div className="kith-row-actions">
            <Button type="button" variant="secondary" small onClick={() => onChoose({ kind: 'child', parent: term })}>
              Add a need<span className="nhsuk-u-visually-hidden"> under {term.name}</span>
            </Button>
            <Button type="button" variant="secondary" small onClick={() => onChoose({ kind: 'edit', term })}>
              Edit<span className="nhsuk-u-visually-hidden"> {term.name}</span>
            </Button>
          </div>
          {children.length > 0 ? <TermTree nodes={children} onChoose={onChoose} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** `/admin/directory/taxonomy`: the needs services are tagged with and searched by, as a tree. */
export function TaxonomyPage() {
  const terms = useTaxonomyTerms();
  const taxonomies = useTaxonomies();
  const [chosen, setChosen] = useState<TermFormMode | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle('Needs taxonomy');

  const taxonomyId = taxonomies.data?.[0]?.id ?? terms.data?.[0]?.taxonomyId ?? '';
  const mode: TermFormMode | null = chosen ?? (taxonomyId ? { kind: 'top', taxonomyId } : null);
  const formKey = (current: TermFormMode) =>
    current.kind === 'edit' ? `edit-${current.term.id}` : current.kind === 'child' ? `child-${current.parent.id}` : 'top';
  const saved = (term: TaxonomyTerm, added: boolean) => {
    setChosen(null);
    setDone(added ? `${term.name} has been added` : `${term.name} has been saved`);
  };

  return (
    <>
      <BackLink to="/admin/directory">Back to the service directory</BackLink>
      <SuccessBanner message={done} />
      <h1>Needs taxonomy</h1>
      <p className="nhsuk-body">
        Services are tagged with these needs and link workers search by them. Searching by a need also finds services tagged with
        the needs beneath it.
      </p>
      <QueryState query={terms} what="the needs">
        {(data) => (
          <TermTree
            nodes={nestTerms(data)}
            onChoose={(next) => {
              setDone(null);
              setChosen(next);
            }}
          />
        )}
      </QueryState>
      {mode ? <TaxonomyTermForm key={formKey(mode)} mode={mode} onSaved={saved} onCancel={() => setChosen(null)} /> : null}
    </>
  );
}
