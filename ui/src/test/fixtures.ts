import type { AccountSnapshot, Stakeholder } from "../bindings";

function person(id: string, name: string, extra: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id,
    name,
    title: "",
    department: "",
    email: "",
    phone: "",
    personalNotes: "",
    birthday: null,
    interests: "",
    roles: [],
    roleTag: "",
    attitude: "neutral",
    influence: 3,
    status: "active",
    lastContact: null,
    cadenceDays: null,
    npsScore: null,
    placement: null,
    ...extra,
  };
}

/** Three of theirs (Ana manages Tom; Ben has a dotted line to Ana), one of ours covering Ana. */
export function smallSnapshot(): AccountSnapshot {
  return {
    account: {
      id: "acc",
      name: "Acme",
      industry: "Widgets",
      region: "",
      size: "",
      lifecycleStage: "experience",
      annualRevenue: 1000,
      currency: "EUR",
      lifetimeValue: { averageDealSize: 0, purchasesPerYear: 0, expectedTenureYears: 0, grossMargin: null },
      strategy: "",
      clientGoals: { months3: "", months6: "", months12: "", months18: "" },
      relationshipWord: "Warm",
      referenceability: { willingTo: [], industry: "", geography: "", size: "", problemSolved: "" },
      createdOn: "2026-01-01",
    },
    npsHistory: [
      { date: "2026-03-01", score: 6 },
      { date: "2026-09-01", score: 8 },
    ],
    stakeholders: [
      person("ana", "Ana Ruiz", {
        title: "CFO",
        roles: ["budget"],
        attitude: "champion",
        influence: 5,
        placement: { position: { x: 280, y: 0 }, pinned: false },
      }),
      person("tom", "Tom Ng", { title: "Controller" }),
      person("ben", "Ben Ode", { title: "Buyer", status: "leftCompany" }),
    ],
    team: [
      {
        id: "us",
        name: "Sam Lee",
        title: "Account manager",
        teamRole: "accountManager",
        email: "",
        placement: { position: { x: 280, y: 600 }, pinned: true },
      },
    ],
    reportsTo: [
      { id: "r1", stakeholder: "tom", manager: "ana", dotted: false },
      { id: "r2", stakeholder: "ben", manager: "ana", dotted: true },
    ],
    coverage: [
      {
        id: "c1",
        teamMember: "us",
        stakeholder: "ana",
        strength: "trusted",
        desired: "advisor",
        lastInteraction: "2026-11-01",
        notes: "",
      },
    ],
    relations: [{ id: "x1", kind: "conflictsWith", from: "tom", to: "ben", note: "" }],
    goals: [],
    initiatives: [],
    interactions: [],
    notes: [],
    offerings: [],
    needs: [],
    whitespace: [],
  };
}
