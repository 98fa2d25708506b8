// The one door to the Rust side: wraps the generated client so screens get plain values or a
// thrown BackendError they can show where the problem happened.
import { Channel, invoke } from "@tauri-apps/api/core";
import {
  type AccountProfile,
  type AppError,
  commands,
  type ExportKind,
  type ExportStage,
  type ReportOptions,
  type LayoutMode,
  type LifetimeValueInputs,
  type LineEdit,
  type NewAccount,
  type NewLine,
  type PersonId,
  type PortfolioQuery,
  type Position,
  type Stakeholder,
  type TeamMember,
} from "../bindings";

export class BackendError extends Error {
  readonly kind: AppError["kind"];
  /** The form field the message is about, for validation errors. */
  readonly field: string | undefined;

  constructor(error: AppError) {
    super(error.message);
    this.name = "BackendError";
    this.kind = error.kind;
    this.field = error.kind === "validation" ? error.field : undefined;
  }
}

type Outcome<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  const outcome = await call;
  if (outcome.status === "error") throw new BackendError(outcome.error);
  return outcome.data;
}

/** A readable message for anything a call may throw (a typed error, or Tauri's own string). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  return "Something went wrong.";
}

export const backend = {
  workspaceInfo: () => unwrap(commands.workspaceInfo()),
  firstMapRendered: () => unwrap(commands.firstMapRendered()),
  openAccount: (id: string) => unwrap(commands.openAccount(id)),
  // The portfolio and accounts as a whole (steps of the portfolio's undo).
  portfolio: (query: PortfolioQuery) => unwrap(commands.portfolio(query)),
  createAccount: (draft: NewAccount) => unwrap(commands.createAccount(draft)),
  renameAccount: (id: string, name: string) => unwrap(commands.renameAccount(id, name)),
  setArchived: (id: string, archived: boolean) => unwrap(commands.setArchived(id, archived)),
  accountContents: (id: string) => unwrap(commands.accountContents(id)),
  deleteAccount: (id: string) => unwrap(commands.deleteAccount(id)),
  portfolioUndo: () => unwrap(commands.portfolioUndo()),
  portfolioRedo: () => unwrap(commands.portfolioRedo()),
  // The demo's own workspace file is the app shell's (branch app-shell adds the `open_demo`
  // command); until it lands this one line calls it by name, and fails with Tauri's message.
  openDemo: () => invoke<void>("open_demo"),
  // One account's profile, economics and dated scores (steps of the account's undo).
  setAccountProfile: (id: string, profile: AccountProfile) => unwrap(commands.setAccountProfile(id, profile)),
  recordAccountNps: (id: string, date: string, score: number) => unwrap(commands.recordAccountNps(id, date, score)),
  deleteAccountNps: (id: string, date: string) => unwrap(commands.deleteAccountNps(id, date)),
  previewLifetimeValue: (inputs: LifetimeValueInputs) => unwrap(commands.previewLifetimeValue(inputs)),
  layoutMap: (id: string, mode: LayoutMode) => unwrap(commands.layoutMap(id, mode)),
  analyseAccount: (id: string) => unwrap(commands.analyseAccount(id)),
  // The map editor: every edit answers with the account as it now is and the undo/redo state.
  accountEditState: (id: string) => unwrap(commands.accountEditState(id)),
  undo: (id: string) => unwrap(commands.undo(id)),
  redo: (id: string) => unwrap(commands.redo(id)),
  quickAdd: (id: string, line: string, at: Position | null) => unwrap(commands.quickAdd(id, line, at)),
  duplicatePerson: (id: string, person: PersonId) => unwrap(commands.duplicatePerson(id, person)),
  updateStakeholder: (id: string, stakeholder: Stakeholder) => unwrap(commands.updateStakeholder(id, stakeholder)),
  updateTeamMember: (id: string, member: TeamMember) => unwrap(commands.updateTeamMember(id, member)),
  renamePerson: (id: string, person: PersonId, name: string) => unwrap(commands.renamePerson(id, person, name)),
  removalImpact: (id: string, person: PersonId) => unwrap(commands.removalImpact(id, person)),
  deletePerson: (id: string, person: PersonId) => unwrap(commands.deletePerson(id, person)),
  addLine: (id: string, line: NewLine) => unwrap(commands.addLine(id, line)),
  updateLine: (id: string, edit: LineEdit) => unwrap(commands.updateLine(id, edit)),
  deleteLine: (id: string, line: string) => unwrap(commands.deleteLine(id, line)),
  movePerson: (id: string, person: PersonId, at: Position) => unwrap(commands.movePerson(id, person, at)),
  setPinned: (id: string, person: PersonId, pinned: boolean) => unwrap(commands.setPinned(id, person, pinned)),
  /** Asks where to save (native dialog), renders and saves; null when the user cancelled. */
  exportAccount: (id: string, kind: ExportKind, options: ReportOptions, onStage: (stage: ExportStage) => void) => {
    const progress = new Channel<ExportStage>();
    progress.onmessage = onStage;
    return unwrap(commands.exportAccount(id, kind, options, progress));
  },
  // The six-step plan and the interaction log (issue 5). Argument types come from the generated
  // commands, so this block needs no imports of its own.
  planOverview: (id: string) => unwrap(commands.planOverview(id)),
  reviewHistory: (id: string) => unwrap(commands.reviewHistory(id)),
  roleCrosswalk: () => commands.roleCrosswalk(),
  setAccountPlan: (id: string, plan: Arg<"setAccountPlan", 1>) => unwrap(commands.setAccountPlan(id, plan)),
  setStakeholderAssessment: (id: string, stakeholder: string, assessment: Arg<"setStakeholderAssessment", 2>) =>
    unwrap(commands.setStakeholderAssessment(id, stakeholder, assessment)),
  setCoverageStrength: (
    id: string,
    teamMember: string,
    stakeholder: string,
    strength: Arg<"setCoverageStrength", 3>,
    desired: Arg<"setCoverageStrength", 4>,
  ) => unwrap(commands.setCoverageStrength(id, teamMember, stakeholder, strength, desired)),
  setCoverageNotes: (id: string, teamMember: string, stakeholder: string, notes: string) =>
    unwrap(commands.setCoverageNotes(id, teamMember, stakeholder, notes)),
  addAnalysisNote: (id: string, note: Arg<"addAnalysisNote", 1>) => unwrap(commands.addAnalysisNote(id, note)),
  updateAnalysisNote: (id: string, noteId: string, note: Arg<"updateAnalysisNote", 2>) =>
    unwrap(commands.updateAnalysisNote(id, noteId, note)),
  deleteAnalysisNote: (id: string, noteId: string) => unwrap(commands.deleteAnalysisNote(id, noteId)),
  addGoal: (id: string, goal: Arg<"addGoal", 1>) => unwrap(commands.addGoal(id, goal)),
  updateGoal: (id: string, goalId: string, goal: Arg<"updateGoal", 2>) => unwrap(commands.updateGoal(id, goalId, goal)),
  deleteGoal: (id: string, goalId: string) => unwrap(commands.deleteGoal(id, goalId)),
  goalFromFinding: (id: string, findingKey: string) => unwrap(commands.goalFromFinding(id, findingKey)),
  addInitiative: (id: string, initiative: Arg<"addInitiative", 1>) => unwrap(commands.addInitiative(id, initiative)),
  updateInitiative: (id: string, initiativeId: string, initiative: Arg<"updateInitiative", 2>) =>
    unwrap(commands.updateInitiative(id, initiativeId, initiative)),
  deleteInitiative: (id: string, initiativeId: string) => unwrap(commands.deleteInitiative(id, initiativeId)),
  logInteraction: (id: string, interaction: Arg<"logInteraction", 1>) => unwrap(commands.logInteraction(id, interaction)),
  deleteInteraction: (id: string, interactionId: string) => unwrap(commands.deleteInteraction(id, interactionId)),
  recordReview: (id: string, review: Arg<"recordReview", 1>) => unwrap(commands.recordReview(id, review)),
  deleteReview: (id: string, reviewId: string) => unwrap(commands.deleteReview(id, reviewId)),
};

/** The type of argument `n` of a generated command. */
type Arg<C extends keyof typeof commands, N extends number> = Parameters<(typeof commands)[C]>[N];
