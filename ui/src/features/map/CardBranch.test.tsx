import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CoverageBadge } from "../../bindings";
import { BranchToggle, CoverageBadges } from "./CardBranch";
import { CardActionsContext } from "./cardActions";

const badge = (initials: string, strength: CoverageBadge["strength"], desired = strength): CoverageBadge => ({
  teamMember: initials.toLowerCase(),
  initials,
  name: `Name ${initials}`,
  strength,
  desired,
});

describe("a manager's branch toggle", () => {
  it("folds and opens through the editor, without selecting the card under it", () => {
    const toggleBranch = vi.fn();
    const cardClick = vi.fn();
    render(
      <CardActionsContext.Provider value={{ commitRename: () => {}, cancelRename: () => {}, toggleBranch }}>
        <div onClick={cardClick}>
          <BranchToggle managerId="m1" name="Ana Ruiz" branch={{ below: 12, collapsed: false, worst: null, findings: 0 }} />
        </div>
      </CardActionsContext.Provider>,
    );
    const button = screen.getByRole("button", { name: "Fold the 12 people under Ana Ruiz into this card" });
    expect(button.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(button);
    expect(toggleBranch).toHaveBeenCalledWith("m1");
    expect(cardClick).not.toHaveBeenCalled();
  });

  it("folded, counts the people under it and names the worst finding among them", () => {
    render(<BranchToggle managerId="m1" name="Ana Ruiz" branch={{ below: 12, collapsed: true, worst: "high", findings: 3 }} />);
    const button = screen.getByRole("button", { name: /Show the 12 people under Ana Ruiz, 3 findings \(worst: high\)/ });
    expect(button.textContent).toContain("12");
    expect(button.textContent).toContain("! 3");
    expect(button.className).toContain("sev-high");
  });
});

describe("coverage badges", () => {
  it("show up to three of ours with their strength, and count the rest", () => {
    render(<CoverageBadges badges={[badge("DW", "advisor"), badge("RB", "trusted", "advisor"), badge("SL", "aware"), badge("KO", "aware")]} />);
    const dw = screen.getByLabelText("Name DW covers them: advisor");
    expect(dw.querySelectorAll("i.on")).toHaveLength(4);
    const rb = screen.getByLabelText("Name RB covers them: trusted (wanted: advisor)");
    expect(rb.querySelectorAll("i.on")).toHaveLength(3);
    expect(rb.querySelectorAll("i.wanted")).toHaveLength(1);
    expect(screen.getByText("+1").getAttribute("title")).toBe("Name KO");
  });
});
