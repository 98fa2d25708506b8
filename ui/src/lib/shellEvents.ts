// Listening to the shell's typed events (generated in bindings.ts).
import { useEffect, useRef } from "react";
import type { EventCallback, UnlistenFn } from "@tauri-apps/api/event";

type ShellEvent<T> = { listen: (cb: EventCallback<T>) => Promise<UnlistenFn> };

/** Calls `handler` with each payload of `event`; returns how to stop (at once, even while listening is still being set up). */
export function subscribe<T>(event: ShellEvent<T>, handler: (payload: T) => void): () => void {
  let stop: UnlistenFn | null = null;
  let stopped = false;
  event
    .listen((e) => handler(e.payload))
    .then((unlisten) => {
      if (stopped) unlisten();
      else stop = unlisten;
    })
    // Outside the desktop shell (a browser preview) there are no events.
    .catch(() => {});
  return () => {
    stopped = true;
    stop?.();
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
