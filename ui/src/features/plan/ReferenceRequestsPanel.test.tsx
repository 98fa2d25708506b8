import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import type { AccountEdit, AccountReferenceRequests } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { setClientInRoom } from "../clientsafe";
import { ProfileStep } from "./ProfileStep";
import { ReferenceRequestsPanel } from "./ReferenceRequestsPanel";

const listed: AccountReferenceRequests = {
  asReference: [
    {
      request: { id: "r1", referenceAccount: "acc", date: "2026-11-08", prospectName: "Baltic Shipping AB", prospectAccount: null, note: "Took the call." },
      referenceName: "Acme",
      prospectAccountName: null,
    },
    {
      request: { id: "r2", referenceAccount: "acc", date: "2026-11-23", prospectName: "Atlas", prospectAccount: "atlas", note: "" },
      referenceName: "Acme",
      prospectAccountName: "Atlas Retail Group",
    },
  ],
  asProspect: [
    {
      request: { id: "r3", referenceAccount: "nord", date: "2026-10-14", prospectName: "Acme", prospectAccount: "acc", note: "" },
      referenceName: "Nordlicht Energie",
      prospectAccountName: "Acme",
    },
  ],
};

describe("the account's reference requests", () => {
  it("lists both kinds, opens the other account, and removes only what this account was asked, as an edit", async () => {
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      if (cmd === "reference_requests") return listed;
      return null;
    });
    const onOpenAccount = vi.fn();
    const save = vi.fn(async (run: () => Promise<AccountEdit>) => {
      await run();
      return true;
    });
    render(<ReferenceRequestsPanel snapshot={smallSnapshot()} save={save} onOpenAccount={onOpenAccount} />);
    const asked = await screen.findByRole("list", { name: "Requests to Acme as a reference" });
    expect(asked.textContent).toContain("Baltic Shipping AB");
    expect(asked.textContent).toContain("Took the call.");
    const made = screen.getByRole("list", { name: "Requests Acme made as a prospect" });
    expect(made.textContent).toContain("Asked Nordlicht Energie on 14 Oct 2026");
    expect(made.textContent).toContain("Kept on Nordlicht Energie: remove or undo it there.");
    expect(made.querySelectorAll("button")).toHaveLength(1); // the link to Nordlicht only: no Remove

    fireEvent.click(screen.getByRole("button", { name: "Open Atlas Retail Group" }));
    expect(onOpenAccount).toHaveBeenCalledWith("atlas");
    fireEvent.click(screen.getByRole("button", { name: "Open Nordlicht Energie" }));
    expect(onOpenAccount).toHaveBeenCalledWith("nord");

    fireEvent.click(screen.getByRole("button", { name: "Remove the request from Atlas on 23 Nov 2026" }));
    await waitFor(() => expect(calls.some((c) => c.cmd === "delete_reference_request")).toBe(true));
    expect(calls.find((c) => c.cmd === "delete_reference_request")?.args).toMatchObject({ id: "acc", requestId: "r2" });
    expect(save).toHaveBeenCalledOnce();
  });

  it("is on the profile beside the reference-ability, and hidden while the client is in the room", async () => {
    mockIPC((cmd) => (cmd === "reference_requests" ? listed : null));
    render(<ProfileStep snapshot={smallSnapshot()} today="2026-11-23" save={vi.fn(async () => true)} onShowOnMap={() => {}} onOpenProfile={() => {}} refresh={async () => {}} />);
    await screen.findByRole("list", { name: "Requests to Acme as a reference" });
    act(() => setClientInRoom(true));
    expect(screen.queryByText("Reference requests")).toBeNull();
    expect(screen.queryByText(/Baltic Shipping AB/)).toBeNull();
    expect(screen.getByText("Reference-ability")).toBeTruthy();
    act(() => setClientInRoom(false));
    await screen.findByRole("list", { name: "Requests to Acme as a reference" });
  });
});
