/** A report's caveats and method notes, under a heading of their own. */
export function ReportNotes({
  notes,
  headingId,
  heading = 'About these figures',
}: {
  notes: readonly string[];
  headingId: string;
  heading?: string;
}) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
