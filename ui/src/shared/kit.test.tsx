import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Dialog } from "./Dialog";
import { EnumSelect, FromToSelects } from "./EnumSelect";
import { CompactFields, Field } from "./Field";
import { ItemRow } from "./ItemRow";

const STATUS_LABEL = { open: "Open", done: "Done" } as const;
const STATUSES = ["open", "done"] as const;

describe("Field", () => {
  it("shows its error under the control and marks itself invalid, in the plan's roomy look", () => {
    const { container } = render(
      <Field label="Due" error="The due date is before the goal was set." hint="Set today">
        <input name="due" />
      </Field>,
    );
    const field = container.querySelector(".plan-field[data-invalid] .plan-field-error");
    expect(field?.textContent).toBe("The due date is before the goal was set.");
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.queryByText("Set today")).toBeNull();
  });

  it("takes the compact look inside the inspector or a dialog", () => {
    const { container } = render(
      <CompactFields>
        <Field label="E-mail" error="That is not an e-mail address.">
          <input />
        </Field>
      </CompactFields>,
    );
    expect(container.querySelector("label.field .field-error")?.textContent).toBe("That is not an e-mail address.");
    expect(container.querySelector(".plan-field")).toBeNull();
  });

  it("is compact inside a dialog without saying so", () => {
    render(
      <Dialog title="Export" onClose={() => {}}>
        <Field label="Paper">
          <EnumSelect values={["a4", "letter"] as const} labels={{ a4: "A4", letter: "Letter" }} value="a4" onChange={() => {}} />
        </Field>
      </Dialog>,
    );
    const select = screen.getByRole("combobox");
    expect(select.closest("label")?.className).toBe("field");
    expect(select.className).toBe("");
  });
});

describe("EnumSelect and FromToSelects", () => {
  it("offers every value in words and reports the chosen value", () => {
    const onChange = vi.fn();
    render(<EnumSelect values={STATUSES} labels={STATUS_LABEL} value="open" onChange={onChange} label="Status" />);
    const select = screen.getByRole("combobox", { name: "Status" }) as HTMLSelectElement;
    expect(select.className).toBe("plan-select");
    expect([...select.options].map((o) => o.textContent)).toEqual(["Open", "Done"]);
    fireEvent.change(select, { target: { value: "done" } });
    expect(onChange).toHaveBeenCalledWith("done");
  });

  it("shows a placeholder while nothing is chosen and never reports it", () => {
    const onChange = vi.fn();
    render(<EnumSelect values={STATUSES} labels={(s) => s.toUpperCase()} value={null} placeholder="Not yet" onChange={onChange} />);
    const select = screen.getByRole("combobox") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Not yet", "OPEN", "DONE"]);
    fireEvent.change(select, { target: { value: "" } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it("draws a from → to pair with an arrow in the roomy look and without one in the compact look", () => {
    const pair = (
      <FromToSelects
        values={STATUSES}
        labels={STATUS_LABEL}
        from="open"
        to="done"
        onFrom={() => {}}
        onTo={() => {}}
        fromLabel="From"
        toLabel="To"
        fromName="Status now"
        toName="Status to reach"
      />
    );
    const roomy = render(pair);
    expect(roomy.container.querySelector(".plan-form-row.target-row .target-arrow")).not.toBeNull();
    expect(screen.getByRole("combobox", { name: "Status to reach" })).toBeTruthy();
    roomy.unmount();
    const compact = render(<CompactFields>{pair}</CompactFields>);
    expect(compact.container.querySelector(".field-row")).not.toBeNull();
    expect(compact.container.querySelector(".target-arrow")).toBeNull();
  });
});

describe("ItemRow", () => {
  const row = (overrides: Partial<Parameters<typeof ItemRow<"open" | "done">>[0]> = {}) => {
    const props = {
      noun: "goal",
      title: "Win Raj",
      selected: false,
      main: <strong>Win Raj</strong>,
      meta: <span>Due soon</span>,
      status: "open" as const,
      statuses: STATUSES,
      statusLabels: STATUS_LABEL,
      onStatus: vi.fn(),
      onEdit: vi.fn(),
      onDelete: vi.fn(),
      ...overrides,
    };
    return { props, ...render(<ul><ItemRow {...props} /></ul>) };
  };

  it("names itself and its actions after the noun and the title", () => {
    const { container } = row({ selected: true, overdue: true, noun: "initiative" });
    const li = container.querySelector("li");
    expect(li?.className).toBe("initiative-row is-overdue is-selected");
    expect(li?.getAttribute("data-initiative")).toBe("Win Raj");
    expect(screen.getByRole("combobox", { name: "Status of Win Raj" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Edit initiative Win Raj" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Delete initiative Win Raj" })).toBeTruthy();
  });

  it("changes status, edits, and deletes only after asking once more", () => {
    const { props } = row();
    fireEvent.change(screen.getByRole("combobox", { name: "Status of Win Raj" }), { target: { value: "done" } });
    expect(props.onStatus).toHaveBeenCalledWith("done");
    fireEvent.click(screen.getByRole("button", { name: "Edit goal Win Raj" }));
    expect(props.onEdit).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Delete goal Win Raj" }));
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Delete goal" }));
    expect(props.onDelete).toHaveBeenCalled();
  });
});
