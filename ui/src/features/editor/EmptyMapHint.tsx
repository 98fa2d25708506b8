// What an empty map says: a new account's facilitator should know what to type first.
export function EmptyMapHint() {
  return (
    <div className="empty-map-hint" role="note">
      <p className="empty-map-title">Nobody on the map yet</p>
      <p>
        Type the first person into the bar above, one line each, and press Enter:
        <br />
        <kbd>Jane Doe, CFO, budget, blocker</kbd>
        <br />
        then <kbd>Tom Ng, Controller, reports to Jane Doe</kbd>, and <kbd>Sam Lee, ours</kbd> for one of our team.
      </p>
    </div>
  );
}
