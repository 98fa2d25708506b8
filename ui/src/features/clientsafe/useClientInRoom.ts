import { useSyncExternalStore } from "react";
import { isClientInRoom, subscribeClientInRoom } from "./clientInRoom";

/** Whether the client is in the room; re-renders when it is switched. */
export function useClientInRoom(): boolean {
  return useSyncExternalStore(subscribeClientInRoom, isClientInRoom);
}
