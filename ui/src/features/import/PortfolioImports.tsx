import { useState } from "react";
import { backend, describeError } from "../../lib/backend";
import { useMenuActions } from "../../lib/menu";
import { ErrorText } from "../../shared/Field";
import "./import.css";
import { ImportContactsDialog } from "./ImportContactsDialog";

/**
 * The portfolio's imports: contacts from a CSV file into a new account (previewed first), and a
 * whole account from its JSON document (a colleague's plan). Either opens the new account.
 */
export function PortfolioImports({ onOpen }: { onOpen: (id: string) => void }) {
  const [contacts, setContacts] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // File → Import contacts… on the portfolio: into a new account.
  useMenuActions({ import: () => setContacts(true) });

  const importAccount = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await backend.importAccount();
      if (done) onOpen(done.account);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="portfolio-imports">
      <button type="button" className="import-button" onClick={() => setContacts(true)} disabled={busy}>
        Import contacts into a new account…
      </button>
      <button type="button" className="import-button" onClick={() => void importAccount()} disabled={busy}>
        {busy ? "Importing the account…" : "Import an account (JSON)…"}
      </button>
      {error && <ErrorText paragraph>{error}</ErrorText>}
      {contacts && (
        <ImportContactsDialog
          target={{ kind: "newAccount", name: "" }}
          onClose={() => setContacts(false)}
          onImported={(done) => {
            setContacts(false);
            onOpen(done.account);
          }}
        />
      )}
    </div>
  );
}
