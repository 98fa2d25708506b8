import { describe, expect, it, vi } from "vitest";
import { subscribe } from "./shellEvents";

describe("subscribe", () => {
  it("stops a subscription that settles after it was stopped, and takes in the shell's failing unlisten", async () => {
    // Unlisten as Tauri's is: asynchronous, and failing once the event internals are gone. Its
    // failure must be taken in (someone waits on it), or it surfaces as an unhandled rejection.
    let failureTakenIn = false;
    const failing = {
      then(_resolve: unknown, reject: (e: unknown) => void) {
        failureTakenIn = true;
        reject(new TypeError("unregisterListener is not a function"));
      },
    };
    const unlisten = vi.fn(() => failing);
    let resolveListen: (fn: () => void) => void = () => {};
    const event = { listen: () => new Promise<() => void>((resolve) => (resolveListen = resolve)) };
    const stop = subscribe(event, () => {});
    stop();
    resolveListen(unlisten as unknown as () => void);
    await new Promise((r) => setTimeout(r, 20));
    expect(unlisten).toHaveBeenCalledTimes(1);
    expect(failureTakenIn).toBe(true);
  });

  it("stops a settled subscription on the first call", async () => {
    const unlisten = vi.fn();
    const event = { listen: () => Promise.resolve(unlisten) };
    const stop = subscribe(event, () => {});
    await Promise.resolve();
    await Promise.resolve();
    stop();
    expect(unlisten).toHaveBeenCalledTimes(1);
  });
});
