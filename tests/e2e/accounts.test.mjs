// Real accounts, end to end in the real app: a new empty workspace opens on the first-run screen;
// create an account, quick-add three people, fill in its profile (revenue, lifecycle stage,
// lifetime-value inputs with the value shown as it is typed, a refused tenure, an NPS score),
// back on the portfolio see its share and lifetime value, archive it (it leaves the list), undo
// (it is back), restart: all as left.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, isolatedEnv } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const ENTER = "\uE007";
const CONTROL = "\uE009";
const RELEASE = "\uE000";

// A first start in a fresh home: the default workspace, created empty; the restart reopens it.
const home = isolatedEnv("accounts");
const args = [];
const ACCOUNT = "Nordwind Logistics";
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  driver = await startDriver({ port: 4744, env: home.env });
  app = await Session.open(driver.base, appBinary(), args);
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const shot = (name) => app.screenshot(join(artifactsDir(), `accounts-${name}.png`));
const count = (css) => app.execute("return document.querySelectorAll(arguments[0]).length", [css]);
const text = async (css) => (await app.texts(css)).join(" | ");
const row = (name) => `.portfolio tbody tr[data-account="${name}"]`;

/** Types into the field `name` of `scope`, replacing what is there. */
async function fill(scope, name, value) {
  const el = await app.waitFor(`${scope} input[name="${name}"]`);
  await app.execute(
    `const [css] = arguments; const el = document.querySelector(css); el.focus(); el.select();`,
    [`${scope} input[name="${name}"]`],
  );
  await app.type(el, value);
}

async function saved(label) {
  await app.waitFor(".plan-status.ok", { text: label });
}

test("a new empty workspace opens on the first-run screen", async () => {
  await app.waitFor(".first-run-screen h1", { text: "Plan your first key account" });
  assert.match(await text(".first-run-choice"), /New account.*\|.*Open the demo/s);
  assert.equal(await count(".portfolio"), 0, "no table without accounts");
  await shot("first-run");
});

test("a new account opens on an empty map with the quick-add bar focused", async () => {
  await app.click(await app.waitFor(".first-run-choice", { text: "New account" }));
  const form = 'form[aria-label="New account"]';
  await app.waitFor(form);
  // Only the name is required; refused when empty, beside the field.
  await app.click(await app.waitFor(`${form} button[type=submit]`));
  await app.waitFor(`${form} .field-error`, { text: "An account needs a name" });
  await fill(form, "name", ACCOUNT);
  await fill(form, "industry", "Logistics");
  await fill(form, "region", "Nordics");
  await app.click(await app.waitFor(`${form} button[type=submit]`));
  await app.waitFor(".account-bar h1", { text: ACCOUNT });
  assert.equal(await count(".person-card"), 0, "an empty map");
  await app.waitFor(".empty-map-hint", { text: "Nobody on the map yet" });
  await app.waitUntil("return document.activeElement?.classList.contains('quick-add-input')", [], {
    what: "the quick-add bar has the focus",
  });
  await shot("new-account-map");
});

test("three people are quick-added one line each", async () => {
  const bar = await app.find(".quick-add-input");
  for (const line of ["Ingrid Holm, CFO, budget", "Lars Berg, Head of IT, gatekeeper, reports to Ingrid Holm", "Sara Lind, Fleet Manager, user"]) {
    await app.type(bar, line + ENTER);
    const name = line.split(",")[0];
    await app.waitFor(".person-card .card-name", { text: name });
  }
  assert.equal(await count(".person-card"), 3);
});

test("the profile takes revenue, lifecycle stage and lifetime-value inputs, showing the value as it is typed", async () => {
  await app.click(await app.waitFor(".profile-button"));
  const step = '.plan-step[data-step="profile"]';
  await app.waitFor(`${step} .plan-panel`, { text: "Lifetime value" });

  await fill(step, "annualRevenue", "1,250,000" + ENTER);
  await saved("Set the revenue");
  await app.click(await app.waitFor(`${step} .lifecycle-step`, { text: "Loyalty" }));
  await saved("Set the lifecycle stage");

  await fill(step, "averageDealSize", "400000");
  await fill(step, "purchasesPerYear", "2");
  await fill(step, "expectedTenureYears", "5");
  // Computed by core while typing, before anything is saved.
  await app.waitFor(`${step} .ltv-value`, { text: "€4M" });
  // A tenure of 0 years is refused beside its field, and nothing is saved.
  await fill(step, "expectedTenureYears", "0" + ENTER);
  await app.waitFor(`${step} .plan-field-error`, { text: "more than 0 years" });
  const undo = await app.execute("return document.querySelector('.plan-history button')?.getAttribute('aria-label')");
  assert.equal(undo, "Undo Set the lifecycle stage", "the refused value made no step");
  await fill(step, "expectedTenureYears", "5" + ENTER);
  await saved("Set the lifetime-value inputs");
  await app.waitFor(`${step} .ltv-value`, { text: "€4M" });

  await fill(`${step} form[aria-label="Record an NPS score"]`, "npsScore", "8" + ENTER);
  await saved("Record NPS 8 on 23 Nov 2026");
  await app.click(await app.waitFor(`${step} .reference-kind`, { text: "Reference calls" }));
  await saved("Set the reference-ability");
  await shot("profile");
});

test("back on the portfolio the account shows with its share and lifetime value", async () => {
  await app.click(await app.waitFor("button.back"));
  await app.waitFor(row(ACCOUNT), { text: "€4M" });
  // A second, smaller account from the portfolio's button, so the share means something.
  await app.click(await app.waitFor("button.new-account"));
  const form = 'form[aria-label="New account"]';
  await fill(form, "name", "Harbor Retail");
  await fill(form, "industry", "Retail");
  await fill(form, "annualRevenue", "750000");
  await app.click(await app.waitFor(`${form} button[type=submit]`));
  await app.waitFor(".account-bar h1", { text: "Harbor Retail" });
  await app.click(await app.waitFor("button.back"));

  await app.waitFor(row("Harbor Retail"));
  const nordwind = await text(row(ACCOUNT));
  assert.match(nordwind, /€1\.3M/, nordwind);
  assert.match(nordwind, /62\.5%/, "its share of 2,000,000");
  assert.match(nordwind, /€4M/, "its lifetime value");
  assert.match(nordwind, /Loyalty/);
  assert.equal(await count(`${row(ACCOUNT)} td[aria-label="8 of 10"]`), 1, "its NPS");
  const names = await app.texts(".portfolio tbody .account-link");
  assert.deepEqual(names, [ACCOUNT, "Harbor Retail"], "largest revenue first");
  assert.match(await text(".concentration figcaption"), /100% in the top 10/);
  await shot("portfolio");
});

test("an archived account leaves the list and the totals; undo brings it back", async () => {
  await app.click(await app.waitFor(`button[aria-label="Actions for ${ACCOUNT}"]`));
  await app.click(await app.waitFor('.row-menu-list [role="menuitem"]', { text: "Archive" }));
  await app.waitUntil(`return document.querySelectorAll('${row(ACCOUNT)}').length === 0`, [], { what: "archived account gone" });
  await app.waitFor(row("Harbor Retail"), { text: "100%" });
  await app.waitFor(".show-archived", { text: "Show archived (1)" });
  await app.waitFor(`button[aria-label="Undo Archive “${ACCOUNT}”"]`);

  // Ctrl+Z on the portfolio (focus on a button, not in a text box).
  const newAccount = await app.find("button.new-account");
  await app.type(newAccount, CONTROL + "z" + RELEASE);
  await app.waitFor(row(ACCOUNT), { text: "62.5%" });
  await app.waitFor(".home-status", { text: `Undone: Archive “${ACCOUNT}”` });
});

test("after a restart everything is as it was left", async () => {
  await app.close();
  app = await Session.open(driver.base, appBinary(), args);
  await app.waitFor(row(ACCOUNT), { text: "62.5%" });
  assert.match(await text(row(ACCOUNT)), /€4M/);
  await app.waitFor(`button[aria-label="Redo Archive “${ACCOUNT}”"]`);
  await app.click(await app.waitFor(".account-link", { text: ACCOUNT }));
  await app.waitFor(".person-card .card-name", { text: "Sara Lind" });
  assert.equal(await count(".person-card"), 3);
  await app.click(await app.waitFor(".profile-button"));
  const step = '.plan-step[data-step="profile"]';
  await app.waitFor(`${step} .ltv-value`, { text: "€4M" });
  const values = await app.execute(
    `return ["annualRevenue", "averageDealSize", "purchasesPerYear", "expectedTenureYears"]
       .map((n) => document.querySelector('${step} input[name="' + n + '"]').value);`,
  );
  assert.deepEqual(values, ["1,250,000", "400,000", "2", "5"]);
  assert.equal(
    await app.execute(`return document.querySelector('${step} .lifecycle-step[aria-checked="true"]')?.textContent`),
    "4Loyalty",
  );
  assert.match(await text(`${step} .nps-list`), /23 Nov 2026.*8/);
});
