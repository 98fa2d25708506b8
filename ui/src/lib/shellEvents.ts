// Listening to the shell's typed events (generated in bindings.ts).
import { useEffect, useRef } from "react";
import type { EventCallback, UnlistenFn } from "@tauri-apps/api/event";

type ShellEvent<T> = { listen: (cb: EventCallback<T>) => Promise<UnlistenFn> };

/**
 * Stops listening. Tauri's unlisten is asynchronous and fails once the shell's event internals
 * are gone (the page unloading, or a test's mocks cleared before a late subscription settled);
 * there is then nothing left to stop, so the failure is dropped instead of surfacing as an
 * unhandled rejection.
 */
function stopQuietly(unlisten: UnlistenFn) {
  try {
    void Promise.resolve(unlisten() as unknown).catch(() => {});
  } catch {
    // Gone already.
  }
}

/** Calls `handler` with each payload of `event`; returns how to stop (at once, even while listening is still being set up). */
export function subscribe<T>(event: ShellEvent<T>, handler: (payload: T) => void): () => void {
  let stop: UnlistenFn | null = null;
  let stopped = false;
  event
    .listen((e) => handler(e.payload))
    .then((unlisten) => {
      if (stopped) stopQuietly(unlisten);
      else stop = unlisten;
    })
    // Outside the desktop shell (a browser preview) there are no events.
    .catch(() => {});
  return () => {
    stopped = true;
    if (stop) stopQuietly(stop);
  };
}

/** Calls `handler` with each payload of `event` while the component is mounted. */
export function useShellEvent<T>(event: ShellEvent<T>, handler: (payload: T) => void) {
  // The latest handler, without listening again on every render.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => subscribe(event, (payload) => latest.current(payload)), [event]);
}
