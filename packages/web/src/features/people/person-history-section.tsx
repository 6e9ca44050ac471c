import { formatDateTime } from '../../components/date-format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { usePersonVersions } from './people-queries.ts';
import { changedFieldsText } from './person-labels.ts';

/** "Record history": each saved version of the person's details, newest first — who, when, what changed. */
export function PersonHistorySection({ personId }: { personId: string }) {
  const versions = usePersonVersions(personId);
  return (
    <section aria-labelledby="record-history-heading">
      <h2 id="record-history-heading">Record history</h2>
      <QueryState query={versions} what="the record history">
        {(data) =>
          data.items.length === 0 ? (
            <p className="nhsuk-body">These details have not been changed since the record was created.</p>
          ) : (
            <ol className="nhsuk-list nhsuk-list--border">
              {data.items.map((version) => (
                <li key={version.version}>
                  <strong>Version {version.version}</strong>,{' '}
                  <time dateTime={version.savedAt}>{formatDateTime(version.savedAt)}</time>
                  {version.savedByName ? ` by ${version.savedByName}` : ''}
                  <br />
                  {version.version === 1 && version.changedFields.length === 0
                    ? 'The details as first recorded'
                    : changedFieldsText(version.changedFields) || 'Saved with no changes'}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
