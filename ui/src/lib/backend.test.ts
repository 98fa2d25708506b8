import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import { BackendError, backend, describeError } from "./backend";

describe("backend", () => {
  it("passes a command's value through", async () => {
    mockIPC((cmd) => (cmd === "role_crosswalk" ? [{ term: "coach" }] : null));
    await expect(backend.roleCrosswalk()).resolves.toEqual([{ term: "coach" }]);
  });

  it("turns a typed refusal into a BackendError that names the field", async () => {
    mockIPC(() => {
      throw { kind: "validation", field: "name", message: "A person needs a name." };
    });
    const err = await backend.renamePerson("acct", { kind: "stakeholder", id: "p1" }, " ").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect((err as BackendError).field).toBe("name");
    expect(describeError(err)).toBe("A person needs a name.");
  });

  it("leaves other failures as they are", async () => {
    mockIPC(() => {
      throw "command not allowed";
    });
    const err = await backend.workspaceInfo().catch((e: unknown) => e);
    expect(err).toBe("command not allowed");
  });
});
