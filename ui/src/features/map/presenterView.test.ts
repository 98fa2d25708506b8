import { describe, expect, it } from "vitest";
import { directCircle, PRESENTER_MIN_ZOOM, PRESENTER_NAME_PX, presenterNameSize } from "./presenterView";

describe("presenter view", () => {
  it("keeps full detail while names are readable as they are", () => {
    expect(presenterNameSize(1.2)).toBeNull();
    expect(presenterNameSize(1.125)).toBeNull();
  });

  it("grows names so that none is drawn under the minimum, down to the lowest zoom allowed", () => {
    for (let zoom = PRESENTER_MIN_ZOOM; zoom < 1.125; zoom += 0.01) {
      const size = presenterNameSize(zoom);
      expect(size).not.toBeNull();
      expect(size! * zoom).toBeGreaterThanOrEqual(PRESENTER_NAME_PX);
    }
  });

  it("never grows a name past what two lines of a card hold", () => {
    expect(presenterNameSize(0.1)).toBe(34);
  });

  it("follows one person and the people one line away", () => {
    const edges = [
      { source: "a", target: "b" },
      { source: "c", target: "a" },
      { source: "c", target: "d" },
    ];
    expect([...directCircle(edges, "a")].sort()).toEqual(["a", "b", "c"]);
    expect([...directCircle(edges, "d")].sort()).toEqual(["c", "d"]);
  });
});
