import { describe, expect, it } from "vitest";
import { directCircle, PRESENTER_MIN_ZOOM, PRESENTER_NAME_PX, presenterMinZoom, presenterNameSize } from "./presenterView";

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

  it("grows names with the presenter text size from Settings, and zooms out less for them", () => {
    // At 100 % a card at zoom 1.2 is readable as it is; at 150 % (27 px) its name must grow.
    expect(presenterNameSize(1.2)).toBeNull();
    expect(presenterNameSize(1.2, 1.5)).toBe(23);
    for (let zoom = presenterMinZoom(1.5); zoom < 1.6; zoom += 0.01) {
      const size = presenterNameSize(zoom, 1.5);
      if (size !== null) expect(size * zoom).toBeGreaterThanOrEqual(PRESENTER_NAME_PX * 1.5 - 0.5);
    }
    expect(presenterMinZoom(1)).toBe(PRESENTER_MIN_ZOOM);
    expect(presenterMinZoom(1.5)).toBeGreaterThan(PRESENTER_MIN_ZOOM);
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
