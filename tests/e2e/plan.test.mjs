// The six-step account plan, end to end in the real app on the demo account: walk all six steps,
// turn a finding into a goal, add an initiative for it, log an interaction, record a review, change
// an attitude, record a second review and see that change in the diff (and on the map). Refused
// input (a due date before the goal was set, an initiative with no goal, a review with no title)
// is shown next to its field and saves nothing.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { formsOf, ref } from "./forms.mjs";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const home = isolatedEnv("plan");
const workspace = writeDemo(join(home.root, "demo.rapport"));
let driver;
let app;

before(async () => {
  // Port 4544: the foundation suite uses 4444.
  driver = await startDriver({ port: 4544, env: home.env });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace]);
  mkdirSync(artifactsDir(), { recursive: true });
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const shot = (name) => app.screenshot(join(artifactsDir(), `plan-${name}.png`));

const { setValue, choose, within, press } = formsOf(() => app);

async function goTo(step) {
  await app.click(await app.waitFor(`.step-tab[data-step="${step}"]`));
  await app.waitFor(`.plan-step[data-step="${step}"] .plan-panel`);
}

/** Waits for the plan's "Saved" line to name this edit. */
async function saved(label) {
  await app.waitFor(".plan-status.ok", { text: label });
}

const count = (css) => app.execute("return document.querySelectorAll(arguments[0]).length", [css]);
const text = async (css) => (await app.texts(css)).join(" | ");

const FINDING = "Budget holder Margaret Chen has no trusted relationship";
const GOAL = "Reach 'trusted' with Margaret Chen within a quarter";
const INITIATIVE = "Breakfast briefing: David Moreau with Margaret Chen";

test("the portfolio shows the demo account's review due soon and flags the overdue ones", async () => {
  await app.waitFor(".account-link", { text: "Helios Freight" });
  // Reviewed 80 days before 23 Nov 2026: the next is due in ten days, not overdue.
  await app.waitFor('.portfolio tbody tr[data-account="Helios Freight"]', { text: "3 Dec 2026" });
  assert.equal(await count('.portfolio tbody tr[data-account="Helios Freight"] td.overdue'), 0);
  const overdue = await within(".portfolio tbody tr", "Atlas Retail Group", "td.overdue");
  assert.ok(overdue, "the never-reviewed demo account is flagged");
  await press(await app.waitFor(".account-link", { text: "Helios Freight" }));
  await app.waitFor(".account-bar h1", { text: "Helios Freight" });
});

test("all six steps open, in any order, each with how complete it is", async () => {
  // Out of order on purpose.
  await goTo("review");
  await app.waitFor(".next-review", { text: "Next review due by 3 Dec 2026" });
  await goTo("identify");
  await app.waitFor(".identify-table tbody tr", { text: "Raj Patel" });
  assert.equal(await count(".identify-table tbody tr"), 16, "every active person has a row");
  assert.match(await text('.step-tab[data-step="identify"] .step-mark'), /16\/16 roles/);
  // Another method's word maps onto the roles through the core's crosswalk.
  await app.type(await app.waitFor('input[aria-label="Other method\'s word for Mia Lopez"]'), "Economic buyer\uE007");
  await saved("Assess Mia Lopez");
  await app.waitFor('button[aria-label="Budget role of Mia Lopez"][aria-pressed="true"]');
  assert.match(await text(".identify-table tbody tr:has(input[aria-label=\"Other method's word for Mia Lopez\"]) .crosswalk-hint"), /→ Budget/);
  await shot("2-identify");

  await goTo("understand");
  await app.waitFor(".coverage-matrix tbody tr", { text: "Raj Patel" });
  assert.match(await text(".plan-progress"), /13 of 16 people have a relationship with one of ours mapped/);
  const cell = await within(".coverage-matrix tbody tr", "Raj Patel", 'button[aria-label^="Sarah Collins and Raj Patel"]');
  await app.click(cell);
  await app.waitFor(".relationship-editor", { text: "Sarah Collins" });
  await shot("1-understand");

  await goTo("analyse");
  await app.waitFor(".finding h5", { text: FINDING });
  await app.waitFor(".last-three-verdict");
  await app.waitFor(".finding h5", { text: "Out of touch with Margaret Chen" });
  await shot("3-analyse");

  await goTo("determine");
  await app.waitFor(".goal-row", { text: "Earn Raj Patel's trust" });
  await shot("4-determine");

  await goTo("implement");
  await app.waitFor(".initiative-row.is-overdue", { text: "Executive breakfast" });
  await shot("5-implement");

  await goTo("review");
  await shot("6-review");
  for (const step of ["understand", "identify", "analyse", "determine", "implement", "review"]) {
    const [mark] = await app.texts(`.step-tab[data-step="${step}"] .step-mark`);
    assert.ok(mark?.trim(), `${step} shows its completeness`);
  }

  // The step timer runs for the step on screen and can be paused.
  await press(await app.waitFor('button[aria-label="Start the step timer"]'));
  await app.waitFor(".step-timer-spent", { text: "00:01" });
  await press(await app.waitFor('button[aria-label="Pause the step timer"]'));
  assert.match(await text(".step-timer-step"), /Review/);
});

test("one click turns a finding into a goal", async () => {
  await goTo("analyse");
  const before = await text('.step-tab[data-step="determine"] .step-mark');
  await press(await within("article.finding", FINDING, "button.make-goal"));
  await saved(`Make goal “${GOAL}”`);
  await within("article.finding", FINDING, ".finding-answered");
  const afterMark = await text('.step-tab[data-step="determine"] .step-mark');
  const done = (m) => Number(m.match(/(\d+)\//)?.[1]);
  assert.ok(done(afterMark) > done(before), `Determine moved from ${before} to ${afterMark}`);

  await goTo("determine");
  await app.waitFor(".goal-row", { text: GOAL });
  assert.match(await text(`.goal-row[data-goal="${GOAL}"]`), /Margaret Chen · coverage acquainted → trusted \(David Moreau\)/);
});

test("a due date before the goal was set is refused next to the field, and nothing is saved", async () => {
  await press(await within(".goal-row", GOAL, 'button[aria-label^="Edit goal"]'));
  await app.waitFor(".goal-form-panel h3", { text: "Edit goal" });
  await setValue('.goal-form-panel input[name="due"]', "2026-11-01");
  await press(await app.waitFor(".goal-form-panel button[type=submit]"));
  const error = await app.waitFor(".goal-form-panel .plan-field[data-invalid] .plan-field-error", {
    text: "cannot be before the goal was set (23 Nov 2026)",
  });
  assert.ok(error);
  assert.match(await text(`.goal-row[data-goal="${GOAL}"]`), /No due date/, "nothing was saved");
  await shot("4-determine-refused");

  await setValue('.goal-form-panel input[name="due"]', "2027-02-15");
  await press(await app.waitFor(".goal-form-panel button[type=submit]"));
  await saved(`Edit goal “${GOAL}”`);
  await app.waitFor(`.goal-row[data-goal="${GOAL}"]`, { text: "Due 15 Feb 2027" });
});

test("an initiative needs a goal; with one it is added", async () => {
  await goTo("implement");
  const before = await count(".initiative-row");
  await app.type(await app.waitFor('.initiative-form-panel input[name="title"]'), INITIATIVE);
  await press(await app.waitFor(".initiative-form-panel button[type=submit]"));
  await app.waitFor(".initiative-form-panel .plan-chips .plan-field-error", { text: "at least one goal" });
  assert.equal(await count(".initiative-row"), before, "nothing was saved");
  await shot("5-implement-refused");

  await press(await app.waitFor(`.initiative-form-panel button.plan-chip[aria-label="Goal: ${GOAL}"]`));
  await choose('.initiative-form-panel select[name="owner"]', "David Moreau");
  await setValue('.initiative-form-panel input[name="due"]', "2026-12-12");
  await press(await app.waitFor(".initiative-form-panel button[type=submit]"));
  await saved(`Add initiative “${INITIATIVE}”`);
  const row = await text(`.initiative-row[data-initiative="${INITIATIVE}"]`);
  assert.match(row, /David Moreau/);
  assert.match(row, new RegExp(`For: ${GOAL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  assert.match(row, /Due 12 Dec 2026/);
});

test("logging an interaction lists it first and clears the stale-contact finding", async () => {
  await goTo("log");
  const form = 'form[aria-label="Log an interaction"]';
  await press(await app.waitFor(`${form} button.plan-chip[aria-label="Margaret Chen"]`));
  await press(await app.waitFor(`${form} button.plan-chip[aria-label="David Moreau"]`));
  await setValue(`${form} select[name="kind"]`, "valueAdd");
  await app.type(await app.waitFor(`${form} textarea[name="note"]`), "Breakfast briefing on the pilot");
  await press(await app.waitFor(`${form} button[type=submit]`));
  await saved("Log interaction with Margaret Chen");
  const [first] = await app.texts(".interaction-row");
  assert.match(first, /23 Nov 2026/);
  assert.match(first, /Value-add \/ share of wallet/);
  assert.match(first, /Margaret Chen with David Moreau/);
  await shot("log");

  await goTo("analyse");
  await app.waitFor(".finding h5", { text: FINDING });
  const titles = await app.texts(".finding h5");
  assert.ok(!titles.includes("Out of touch with Margaret Chen"), "her last contact is today now");
  const [lastThree] = await app.texts(".last-three");
  assert.match(lastThree, /23 Nov 2026/);
});

test("a review needs a title; recording one freezes the account", async () => {
  await goTo("review");
  const form = 'form[aria-label="Record a review"]';
  await press(await app.waitFor(`${form} button[type=submit]`));
  await app.waitFor(`${form} .plan-field-error`, { text: "A review needs a title." });
  assert.equal(await count(".review-row"), 1, "nothing was saved: the demo's own review only");

  await app.type(await app.waitFor(`${form} input[name="title"]`), "Q4 account review");
  await app.type(await app.waitFor(`${form} input[name="attendees"]`), "Sarah Collins, David Moreau");
  await press(await app.waitFor(`${form} button[type=submit]`));
  await saved("Record review “Q4 account review”");
  await app.waitFor('.review-row[data-review="Q4 account review"]', { text: "23 Nov 2026" });
  await app.waitFor(".next-review", { text: "Next review due by 21 Feb 2027" });
  assert.match(await text('.step-tab[data-step="review"] .step-mark'), /due 21 Feb/);
});

test("an attitude change shows in the next review's diff, and on the map", async () => {
  await goTo("identify");
  await setValue('select[aria-label="Attitude of Raj Patel"]', "supporter");
  await saved("Set Raj Patel's attitude");

  await goTo("review");
  await app.waitFor(".since-latest", { text: "Raj Patel" });
  const form = 'form[aria-label="Record a review"]';
  await app.type(await app.waitFor(`${form} input[name="title"]`), "Q4 follow-up");
  await press(await app.waitFor(`${form} button[type=submit]`));
  await saved("Record review “Q4 follow-up”");
  const diff = await app.waitFor(".latest-diff", { text: "Raj Patel" });
  assert.ok(diff);
  const [body] = await app.texts(".latest-diff");
  assert.match(body, /What changed from “Q4 account review” to “Q4 follow-up”/);
  assert.match(body, /Raj Patel: attitude skeptic → supporter/);
  assert.equal(await count(".review-row"), 3, "the demo's review and the two recorded here");
  await shot("6-review-diff");

  await press(await within(".latest-diff", "Raj Patel", "button.link"));
  await app.waitFor(".map-highlight-bar", { text: "Highlighted: Raj Patel" });
  await app.waitFor(".person-card", { text: "Raj Patel" });
  await shot("6-review-diff-on-map");
  await press(await app.waitFor(".map-highlight-bar button", { text: "Back to Review" }));
  await app.waitFor(".latest-diff", { text: "Raj Patel" });
});

test("undo from the plan takes back the last edit", async () => {
  await goTo("identify");
  await setValue('select[aria-label="Attitude of Raj Patel"]', "champion");
  await saved("Set Raj Patel's attitude");
  await press(await app.waitFor('.plan-history button[aria-label="Undo Set Raj Patel\'s attitude"]'));
  await app.waitFor(".plan-status.ok", { text: "Undone: Set Raj Patel's attitude" });
  const value = await app.execute('return document.querySelector(\'select[aria-label="Attitude of Raj Patel"]\').value');
  assert.equal(value, "supporter");
});

test("the portfolio no longer flags the review", async () => {
  await press(await app.waitFor("button.back"));
  // The portfolio reloads on the way back: wait for Helios Freight's new due date.
  await app.waitFor(".portfolio tbody tr", { text: "21 Feb 2027" });
  const [row] = await app.execute(
    `return Array.from(document.querySelectorAll(".portfolio tbody tr"))
       .filter((r) => r.textContent.includes("Helios Freight")).map((r) => r.textContent);`,
  );
  assert.match(row, /21 Feb 2027/);
  assert.doesNotMatch(row, /overdue/);
});
