// What the client-in-the-room view offers the editor and the plan.
export { ClientInRoomBanner, ClientInRoomToggle } from "./ClientInRoom";
export { economicsShown, goalShown, internalNotesShown, personFieldShown, setClientInRoom, shareableDiff, shareableFindings, stepProgressShown, targetKindShown } from "./clientInRoom";
export { useClientInRoom } from "./useClientInRoom";
