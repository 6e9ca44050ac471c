import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { formatFileSize, letterName } from './letter-labels.ts';
import { usePersonLetters } from './letter-queries.ts';

/**
 * The letters kept on the person's record, newest first, each downloadable again exactly as it
 * was made (care plan copies, appointment letters, discharge letters).
 */
export function PersonLettersSection({ personId }: { personId: string }) {
  const lettersPage = usePageParam('lettersPage');
  const letters = usePersonLetters(personId, lettersPage.page);

  return (
    <section aria-labelledby="letters-heading">
      <h2 id="letters-heading">Letters</h2>
      <QueryState query={letters} what="the letters">
        {(data) => (
          <>
            <NhsTable
              caption="Letters kept on this person's record"
              captionStyle="visually-hidden"
              columns={['Letter', 'Made', 'Made by', 'Size']}
              rows={data.items}
              rowKey={(letter) => letter.id}
              emptyMessage="No letters yet. Make one from the care plan, an appointment or the message back."
              renderRow={(letter) => (
                <>
                  <td className="nhsuk-table__cell">
                    <a href={letter.downloadUrl} download>
                      {letterName(letter)}
                      <span className="nhsuk-u-visually-hidden">, PDF, made {formatDateTime(letter.createdAt)}</span>
                    </a>
                  </td>
                  <td className="nhsuk-table__cell">
                    <time dateTime={letter.createdAt}>{formatDateTime(letter.createdAt)}</time>
                  </td>
                  <td className="nhsuk-table__cell">{letter.createdByName ?? 'A former user'}</td>
                  <td className="nhsuk-table__cell">{formatFileSize(letter.byteLength)}</td>
                </>
              )}
            />
            <PaginationNav of={data} noun="letters" hrefFor={lettersPage.hrefFor} />
          </>
        )}
      </QueryState>
    </section>
  );
}
