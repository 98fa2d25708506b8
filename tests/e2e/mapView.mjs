// Looking at the map in the real app, for the suites that drag cards or wait for a fit.
import assert from "node:assert/strict";

/** The centre of a person's card on screen (asserts the card is drawn). */
export async function cardCentre(app, name) {
  const box = await app.execute(
    `const node = Array.from(document.querySelectorAll('.react-flow__node'))
       .find((n) => n.querySelector('.card-name')?.textContent === arguments[0]);
     if (!node) return null;
     const r = node.getBoundingClientRect();
     return [r.left + r.width / 2, r.top + r.height / 2];`,
    [name],
  );
  assert.ok(box, `${name} is on the map`);
  return box;
}

/**
 * Waits until the map's zoom and pan stop changing and no card comes or goes (fits, follows and
 * folds are animated or drawn over several frames).
 */
export async function mapSettled(app) {
  let last = "";
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await app.execute(
      "return getComputedStyle(document.querySelector('.react-flow__viewport')).transform + document.querySelectorAll('.react-flow__node').length",
    );
    if (now === last) return;
    last = now;
  }
  throw new Error("the map kept moving");
}
