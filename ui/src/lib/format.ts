// Numbers and dates as the room reads them.

export function formatMoney(amount: number | null, currency: string): string {
  const value = amount ?? 0;
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      notation: value >= 100_000 ? "compact" : "standard",
      minimumFractionDigits: 0,
      maximumFractionDigits: value >= 100_000 ? 1 : 0,
    }).format(value);
  } catch {
    // An unknown currency code: show the number with the code as written.
    return `${Math.round(value).toLocaleString("en-GB")} ${currency}`;
  }
}

export function formatShare(share: number | null): string {
  return `${Math.round((share ?? 0) * 1000) / 10}%`;
}

/** "23 Nov 2026" from an ISO date (YYYY-MM-DD), without time-zone shifts. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m - 1]} ${y}`;
}
