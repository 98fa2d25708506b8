// Reference requests end to end in the real app on the demo: "Find a reference…" shows the size
// band it read for each account and logs a request naming a prospect account, says where it was
// logged and can undo it right there; the request is listed on the reference account's profile
// and, as "Asked …", on the prospect account's; removing it on the reference account takes it off
// both, and that account's Undo brings it back on both.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { formsOf } from "./forms.mjs";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const REFERENCE = "Helios Freight";
const PROSPECT = "Atlas Retail Group";
const home = isolatedEnv("r16-references");
const workspace = writeDemo(join(home.root, "demo.rapport"));
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  // Port 5944 and up: the other suites use 4444–4944.
  driver = await startDriver({ port: 5944, env: home.env });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace]);
  await app.waitFor("table.portfolio tr[data-account]");
  await app.setWindowRect({ width: 1600, height: 1000 });
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const shot = (name) => app.screenshot(join(artifactsDir(), `references-${name}.png`));

const { press, setValue } = formsOf(() => app);

/** The finder's "Asked n times" count of an account (0 when never asked). */
const timesAsked = (name) =>
  app.execute(
    `const item = Array.from(document.querySelectorAll('.reference-finder .reference-item')).find((i) => i.querySelector('strong').textContent === arguments[0]);
     const use = item.querySelector('.reference-use').textContent;
     return use === 'Never asked' ? 0 : Number(use.match(/Asked (\\d+)/)[1]);`,
    [name],
  );

/** Opens the finder's request form for `name`, names the prospect account and logs it. */
async function logRequest(name) {
  await press(await app.waitFor(`.reference-finder button[aria-label="Log a request for ${name}"]`));
  await app.waitFor(".reference-request select");
  const value = await app.execute(
    "return Array.from(document.querySelectorAll('.reference-request select option')).find((o) => o.textContent === arguments[0]).value",
    [PROSPECT],
  );
  await setValue(".reference-request select", value);
  // Choosing the account fills in the prospect's name.
  await app.waitUntil("return document.querySelector(\".reference-request input[placeholder='e.g. Nordlicht Logistik']\").value === arguments[0]", [PROSPECT]);
  await press(await app.find(".reference-request button[type=submit]"));
  await app.waitFor(".reference-status", { text: `Logged ${PROSPECT}'s request on ${name}` });
}

/** Opens an account from the portfolio, then its profile. */
async function openProfile(name) {
  if (await app.execute("return !!document.querySelector('.account-bar .back')")) await press(await app.find(".account-bar .back"));
  await press(await app.waitFor(`table.portfolio tr[data-account="${name}"] button.account-link`));
  await press(await app.waitFor(".account-bar .profile-button"));
  await app.waitFor(".profile-reference-requests");
}

/** The rows of the open account's reference requests: those it was asked, and those it made. */
const listed = async () => ({
  asked: await app.texts(".profile-reference-requests .reference-request-row:not(.asked)"),
  made: await app.texts(".profile-reference-requests .reference-request-row.asked"),
});

test("the finder shows the size band it read, logs a request naming a prospect account and undoes it in place", async () => {
  await press(await app.waitFor(".home-actions button", { text: "Find a reference…" }));
  await app.waitFor(".reference-finder .reference-item");
  const bands = await app.texts(".reference-finder .reference-item .reference-band");
  const items = await app.texts(".reference-finder .reference-item");
  assert.equal(bands.length, items.length, "every account says which size band the finder read");
  assert.ok(bands.every((b) => /^Size band: .+ employees$|^No size band/.test(b)), bands.join("\n"));

  const before = await timesAsked(REFERENCE);
  await logRequest(REFERENCE);
  await app.waitUntil(
    `const item = Array.from(document.querySelectorAll('.reference-finder .reference-item')).find((i) => i.querySelector('strong').textContent === arguments[0]);
     return item.querySelector('.reference-use').textContent.includes('last 23 Nov 2026')`,
    [REFERENCE],
  );
  assert.equal(await timesAsked(REFERENCE), before + 1);
  const said = (await app.texts(".reference-status")).join(" ");
  assert.match(said, new RegExp(`step of ${REFERENCE}'s history`), said);
  await shot("1-logged-in-the-finder");

  await press(await app.find(`.reference-status button[aria-label="Undo the request logged on ${REFERENCE}"]`));
  await app.waitFor(".reference-status", { text: `Undone: ${PROSPECT}'s request is no longer logged on ${REFERENCE}` });
  await app.waitUntil(
    `const item = Array.from(document.querySelectorAll('.reference-finder .reference-item')).find((i) => i.querySelector('strong').textContent === arguments[0]);
     const use = item.querySelector('.reference-use').textContent;
     return (use === 'Never asked' ? 0 : Number(use.match(/Asked (\\d+)/)[1])) === arguments[1]`,
    [REFERENCE, before],
  );

  // Logged again for the rest of the suite.
  await logRequest(REFERENCE);
  await press(await app.find(".reference-finder .dialog-actions button.plan-button"));
});

test("the request is listed on the reference account's profile and, as asked, on the prospect's", async () => {
  await openProfile(REFERENCE);
  await app.waitFor(".profile-reference-requests .reference-request-row", { text: PROSPECT });
  const onReference = await listed();
  assert.ok(onReference.asked.some((r) => r.includes("23 Nov 2026") && r.includes(PROSPECT)), onReference.asked.join("\n"));
  assert.ok(onReference.asked.some((r) => r.includes("Baltic Shipping AB")), "the demo's own request is listed too");
  await app.execute(`document.querySelector(".profile-reference-requests").scrollIntoView({ block: "center" });`);
  await shot("2-on-the-reference-account");

  // The prospect account is a link to its profile, where the request is listed as asked.
  await press(await app.find(`.profile-reference-requests button[aria-label="Open ${PROSPECT}"]`));
  await app.waitFor(".account-bar h1", { text: PROSPECT });
  await app.waitFor(".profile-reference-requests .reference-request-row.asked", { text: REFERENCE });
  const onProspect = await listed();
  assert.deepEqual(onProspect.asked, [], `${PROSPECT} was never asked to be a reference`);
  assert.ok(onProspect.made.some((r) => r.includes(`Asked ${REFERENCE} on 23 Nov 2026`)), onProspect.made.join("\n"));
  assert.ok(onProspect.made.some((r) => r.includes("Asked Nordlicht Energie on")), "the demo's request of Nordlicht");
  assert.ok(onProspect.made.every((r) => /Kept on .+: remove or undo it there\./.test(r)), onProspect.made.join("\n"));
  assert.equal(await app.execute("return document.querySelectorAll('.profile-reference-requests .reference-request-row.asked button:not(.link)').length"), 0, "read-only");
  await app.execute(`document.querySelector(".profile-reference-requests").scrollIntoView({ block: "center" });`);
  await shot("3-on-the-prospect-account");
});

test("removed on the reference account it is gone on both; that account's Undo brings it back on both", async () => {
  await openProfile(REFERENCE);
  const removeLabel = `Remove the request from ${PROSPECT} on 23 Nov 2026`;
  await press(await app.waitFor(`.profile-reference-requests button[aria-label="${removeLabel}"]`));
  await app.waitUntil("return !document.querySelector(`.profile-reference-requests button[aria-label=\"${arguments[0]}\"]`)", [removeLabel]);
  assert.ok((await listed()).asked.every((r) => !r.includes(PROSPECT)));
  await openProfile(PROSPECT);
  await app.waitFor(".profile-reference-requests .reference-request-row.asked", { text: "Nordlicht Energie" });
  assert.ok((await listed()).made.every((r) => !r.includes(REFERENCE)), "gone on the prospect too");

  await openProfile(REFERENCE);
  const undo = await app.waitFor(`.plan-history button[aria-label="Undo Remove the reference request from ${PROSPECT}"]`);
  await press(undo);
  await app.waitFor(".profile-reference-requests .reference-request-row", { text: PROSPECT });
  await app.execute(`document.querySelector(".profile-reference-requests").scrollIntoView({ block: "center" });`);
  await shot("4-back-after-undo");
  await openProfile(PROSPECT);
  await app.waitFor(".profile-reference-requests .reference-request-row.asked", { text: REFERENCE });
});
