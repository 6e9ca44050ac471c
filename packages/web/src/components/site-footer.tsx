/** NHS footer. Kith is open source; the footer says so and nothing it cannot back up. */
export function SiteFooter({ container }: { container: string }) {
  return (
    <footer className="nhsuk-footer">
      <div className={container}>
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">Kith – open-source social prescribing for the NHS in England.</p>
        </div>
      </div>
    </footer>
  );
}
