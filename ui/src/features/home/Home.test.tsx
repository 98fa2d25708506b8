import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import type { AccountSummary, ComingUp, Portfolio, PortfolioQuery } from "../../bindings";
import { Home } from "./Home";

function summary(name: string, extra: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: name.toLowerCase(),
    name,
    industry: "Logistics",
    region: "DACH",
    lifecycleStage: "experience",
    annualRevenue: 1_800_000,
    currency: "EUR",
    revenueShare: 0.5,
    cumulativeShare: 0.5,
    lifetimeValue: { revenue: 6_750_000, margin: null },
    nps: { latest: { date: "2026-11-13", score: 7 }, change: 2 },
    stakeholderCount: 17,
    lastReview: null,
    nextReviewDue: "2026-12-01",
    reviewOverdue: false,
    lastOpenedAt: null,
    findings: { high: 2, medium: 5, low: 1 },
    archivedOn: null,
    ...extra,
  };
}

function portfolio(accounts: AccountSummary[], extra: Partial<Portfolio> = {}): Portfolio {
  return {
    accounts,
    counted: accounts.length,
    archived: 0,
    totalRevenue: 3_600_000,
    currencies: ["EUR"],
    top10Share: 1,
    top20Share: 1,
    curve: accounts.map((_, i) => (i + 1) / accounts.length),
    industries: ["Logistics", "Retail"],
    history: { undo: null, redo: null },
    ...extra,
  };
}

/** What `coming_up` answers (nothing unless a test sets it). */
let comingUp: ComingUp[] = [];

/** Answers `portfolio` with `answer(query)` and records every call. */
function backendWith(answer: (query: PortfolioQuery) => Portfolio, other: (cmd: string, args: Record<string, unknown>) => unknown = () => null) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    if (cmd === "portfolio") return answer(payload.query as PortfolioQuery);
    if (cmd === "coming_up") return comingUp;
    return other(cmd, payload);
  });
  return calls;
}

describe("Home", () => {
  it("lists accounts with share, lifetime value, NPS and an overdue review", async () => {
    backendWith(() => portfolio([summary("Helios Freight", { reviewOverdue: true }), summary("Atlas", { industry: "Retail" })]));
    render(<Home onOpen={() => {}} onOpenPerson={() => {}} onOpenDemo={async () => {}} />);
    expect(await screen.findByRole("button", { name: "Helios Freight" })).toBeTruthy();
    const overdue = screen.getByText(/overdue/);
    expect(overdue.closest("td")?.className).toBe("overdue");
    expect(screen.getAllByText("50%", { selector: ".share-label" })).toHaveLength(2);
    expect(screen.getAllByText("7 ↑2")).toHaveLength(2);
    expect(screen.getAllByLabelText("2 high, 5 medium, 1 low findings")).toHaveLength(2);
    expect(screen.getByRole("img", { name: /largest 10 accounts hold 100%/ })).toBeTruthy();
  });

  it("asks the backend again when a column is sorted or a filter is set", async () => {
    const calls = backendWith(() => portfolio([summary("Helios Freight")]));
    render(<Home onOpen={() => {}} onOpenPerson={() => {}} onOpenDemo={async () => {}} />);
    await screen.findByRole("button", { name: "Helios Freight" });
    fireEvent.click(screen.getByRole("button", { name: "NPS" }));
    fireEvent.change(screen.getByLabelText("Industry"), { target: { value: "Retail" } });
    fireEvent.click(screen.getByLabelText(/Show archived/));
    await waitFor(() => {
      const last = calls.filter((c) => c.cmd === "portfolio").at(-1)?.args.query as PortfolioQuery;
      expect(last).toMatchObject({ sort: { column: "nps", descending: true }, industry: "Retail", includeArchived: true });
    });
  });

  it("shows the first-run choices on a workspace with no account and opens what is created", async () => {
    const onOpen = vi.fn();
    const calls = backendWith(
      () => portfolio([], { curve: [] }),
      (cmd) => (cmd === "create_account" ? "new-id" : null),
    );
    render(<Home onOpen={onOpen} onOpenPerson={() => {}} onOpenDemo={async () => {}} />);
    fireEvent.click(await screen.findByRole("button", { name: /New account/ }));
    const form = await screen.findByRole("form", { name: "New account" });
    fireEvent.change(form.querySelector('input[name="name"]') as HTMLInputElement, { target: { value: "Acme" } });
    fireEvent.change(form.querySelector('input[name="annualRevenue"]') as HTMLInputElement, { target: { value: "250,000" } });
    fireEvent.submit(form);
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith("new-id", true));
    expect(calls.find((c) => c.cmd === "create_account")?.args.draft).toMatchObject({ name: "Acme", annualRevenue: 250000, currency: "EUR" });
    expect(screen.getByRole("button", { name: /Open the demo/ })).toBeTruthy();
  });

  it("shows a refused name beside the field and keeps the dialog open", async () => {
    backendWith(
      () => portfolio([], { curve: [] }),
      () => Promise.reject({ kind: "validation", field: "name", message: "An account needs a name, e.g. “Helios Freight”." }),
    );
    const onOpen = vi.fn();
    render(<Home onOpen={onOpen} onOpenPerson={() => {}} onOpenDemo={async () => {}} />);
    fireEvent.click(await screen.findByRole("button", { name: /New account/ }));
    fireEvent.submit(await screen.findByRole("form", { name: "New account" }));
    const error = await screen.findByText("An account needs a name, e.g. “Helios Freight”.");
    expect(error.closest("label")?.textContent).toContain("Name");
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("undoes the portfolio's last step with its name on the button", async () => {
    const calls = backendWith(
      () => portfolio([summary("Helios Freight")], { history: { undo: "Archive “Atlas”", redo: null } }),
      () => ({ undo: null, redo: "Archive “Atlas”" }),
    );
    render(<Home onOpen={() => {}} onOpenPerson={() => {}} onOpenDemo={async () => {}} />);
    fireEvent.click(await screen.findByRole("button", { name: "Undo Archive “Atlas”" }));
    await screen.findByText("Undone: Archive “Atlas”");
    expect(calls.some((c) => c.cmd === "portfolio_undo")).toBe(true);
  });

  it("lists what is coming up, overdue first and marked, and opens the person's card on a click", async () => {
    const entry = (over: Partial<ComingUp>): ComingUp => ({
      date: "2026-12-05",
      kind: "birthday",
      account: "helios",
      accountName: "Helios Freight",
      stakeholder: "raj",
      stakeholderName: "Raj Patel",
      title: "Birthday",
      overdue: false,
      ...over,
    });
    comingUp = [
      entry({ kind: "thankYou", title: "Thank for: the Rotterdam deal", date: "2026-11-20", overdue: true, stakeholder: "ana", stakeholderName: "Ana Ruiz" }),
      entry({}),
    ];
    backendWith(() => portfolio([summary("Helios Freight")]));
    const onOpenPerson = vi.fn();
    render(<Home onOpen={() => {}} onOpenPerson={onOpenPerson} onOpenDemo={async () => {}} />);
    const panel = await screen.findByRole("region", { name: "Coming up" });
    const buttons = await within(panel).findAllByRole("button", { name: /Helios Freight/ });
    expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual([
      expect.stringMatching(/^Ana Ruiz, Helios Freight: Thank for: the Rotterdam deal, Overdue since/),
      expect.stringMatching(/^Raj Patel, Helios Freight: Birthday, /),
    ]);
    expect(buttons[0]?.className).toContain("coming-up-overdue");
    expect(buttons[1]?.className).not.toContain("coming-up-overdue");
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onOpenPerson).toHaveBeenCalledWith("helios", "raj");
    comingUp = [];
  });
});
