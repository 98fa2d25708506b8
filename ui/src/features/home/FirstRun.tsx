// The home screen of a workspace with no account yet: start a real account, or look at the demo
// (which lives in its own file, so real work and demo data never mix).
type Props = {
  onNewAccount: () => void;
  onOpenDemo: () => void;
  /** Why opening the demo failed, if it did. */
  demoError: string | null;
};

export function FirstRun({ onNewAccount, onOpenDemo, demoError }: Props) {
  return (
    <section className="first-run-screen" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Plan your first key account</h1>
      <p className="first-run-lead">
        Draw who is who at the client, see where our relationships are thin, and walk the six steps from Understand to
        Review with the account team.
      </p>
      <div className="first-run-choices">
        <button type="button" className="first-run-choice primary" onClick={onNewAccount} autoFocus>
          <span className="first-run-choice-title">New account</span>
          <span className="first-run-choice-text">Start with a name; add people in the room, one line each.</span>
        </button>
        <button type="button" className="first-run-choice" onClick={onOpenDemo}>
          <span className="first-run-choice-title">Open the demo</span>
          <span className="first-run-choice-text">
            Helios Freight and two smaller accounts, in a workspace of their own.
          </span>
        </button>
      </div>
      {demoError && (
        <p className="field-error" role="alert">
          The demo could not be opened: {demoError}
        </p>
      )}
    </section>
  );
}
