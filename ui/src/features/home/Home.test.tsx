import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { AccountSummary } from "../../bindings";
import { Home } from "./Home";

function summary(name: string, extra: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: name.toLowerCase(),
    name,
    industry: "Logistics",
    annualRevenue: 1_800_000,
    currency: "EUR",
    revenueShare: 0.5,
    stakeholderCount: 17,
    lastReview: null,
    nextReviewDue: "2026-12-01",
    reviewOverdue: false,
    lastOpenedAt: null,
    findings: { high: 2, medium: 5, low: 1 },
    ...extra,
  };
}

describe("Home", () => {
  it("lists accounts with share and flags an overdue review", () => {
    render(
      <Home
        accounts={[summary("Helios Freight", { reviewOverdue: true }), summary("Atlas", { industry: "Retail" })]}
        firstRun={false}
        onOpen={() => {}}
      />,
    );
    expect(screen.getByRole("button", { name: "Helios Freight" })).toBeTruthy();
    const overdue = screen.getByText(/overdue/);
    expect(overdue.closest("td")?.className).toBe("overdue");
    expect(screen.getAllByText("50%")).toHaveLength(2);
    expect(screen.getAllByLabelText("2 high, 5 medium, 1 low findings")).toHaveLength(2);
  });

  it("filters by name or industry and says when nothing matches", () => {
    render(
      <Home accounts={[summary("Helios Freight"), summary("Atlas", { industry: "Retail" })]} firstRun onOpen={() => {}} />,
    );
    fireEvent.change(screen.getByLabelText("Search accounts"), { target: { value: "retail" } });
    expect(screen.queryByRole("button", { name: "Helios Freight" })).toBeNull();
    expect(screen.getByRole("button", { name: "Atlas" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Search accounts"), { target: { value: "zzz" } });
    expect(screen.getByText("No account matches “zzz”.")).toBeTruthy();
  });

  it("tells a first-run user what to try and opens the account they pick", () => {
    const onOpen = vi.fn();
    render(<Home accounts={[summary("Helios Freight")]} firstRun onOpen={onOpen} />);
    expect(screen.getByRole("note").textContent).toContain("Open Helios Freight");
    fireEvent.click(screen.getByRole("button", { name: "Helios Freight" }));
    expect(onOpen).toHaveBeenCalledWith("helios freight");
  });
});
