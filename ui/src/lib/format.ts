// Numbers and dates as the room reads them: in Rapport's own format ("23 Nov 2026", "$1.2M"), or
// in the locale chosen in Settings ("23.11.2026", "1,2 Mio. $").

let locale = "";

/** The locale every format below uses from now on; empty for Rapport's own format. */
export function setFormatLocale(tag: string): void {
  locale = tag;
}

export function formatMoney(amount: number | null, currency: string): string {
  const value = amount ?? 0;
  try {
    return new Intl.NumberFormat(locale || "en-US", {
      style: "currency",
      currency,
      notation: value >= 100_000 ? "compact" : "standard",
      minimumFractionDigits: 0,
      maximumFractionDigits: value >= 100_000 ? 1 : 0,
    }).format(value);
  } catch {
    // An unknown currency code: show the number with the code as written.
    return `${Math.round(value).toLocaleString(locale || "en-GB")} ${currency}`;
  }
}

export function formatShare(share: number | null): string {
  if (locale) {
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(Math.round((share ?? 0) * 1000) / 1000);
  }
  return `${Math.round((share ?? 0) * 1000) / 10}%`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "23 Nov 2026" (or the locale's medium date) from an ISO date (YYYY-MM-DD), without time-zone shifts. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  if (locale) {
    try {
      return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
    } catch {
      // A locale the window does not know: Rapport's own format below.
    }
  }
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
