import { useNodesInitialized, useReactFlow } from "@xyflow/react";
import { type RefObject, useEffect, useRef, useState } from "react";
import { CARD_HEIGHT, CARD_WIDTH } from "./mapModel";

/** A card the map is asked to bring into view (`ifHidden`: only when it is not in view already). */
export type MapFocus = { id: string; round: number; ifHidden?: boolean };

/**
 * Brings the focused card into the middle of the map, once per request, and answers whether
 * the map should fit itself when it opens (not when it opens on one person).
 */
export function useFocusCentring(focus: MapFocus | null, container: RefObject<HTMLDivElement | null>): boolean {
  const flow = useReactFlow();
  // A card is centred once the cards are measured: before that (the map just opened, from
  // "Coming up"; a person just added) the first fit of the map would undo it, or the card is not
  // there yet. Each request is carried out once, not again when later cards are measured.
  const measured = useNodesInitialized();
  const focusDone = useRef<MapFocus | null>(null);
  // Opened on one person (from "Coming up"): the map is not fitted first, or the fit, done once
  // the cards have their place, could land after the centring and move the person away again.
  const [fitAtStart] = useState(() => !focus);
  useEffect(() => {
    if (!focus || !measured || focusDone.current === focus) return;
    const node = flow.getNode(focus.id);
    if (!node) return;
    focusDone.current = focus;
    const width = node.width ?? CARD_WIDTH;
    const height = node.height ?? CARD_HEIGHT;
    const box = container.current?.getBoundingClientRect();
    if (focus.ifHidden && box) {
      const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top });
      const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
      const inside =
        node.position.x >= topLeft.x &&
        node.position.y >= topLeft.y &&
        node.position.x + width <= bottomRight.x &&
        node.position.y + height <= bottomRight.y;
      if (inside) return;
    }
    // Centred in the map as laid out now (the inspector that opened with the selection narrows
    // it), not in the size React Flow last measured, which trails the layout by a frame or more.
    const zoom = Math.max(flow.getZoom(), 1);
    const cx = node.position.x + width / 2;
    const cy = node.position.y + height / 2;
    if (box) void flow.setViewport({ x: box.width / 2 - cx * zoom, y: box.height / 2 - cy * zoom, zoom }, { duration: 400 });
    else void flow.setCenter(cx, cy, { zoom, duration: 400 });
  }, [focus, flow, measured, container]);
  return fitAtStart;
}
