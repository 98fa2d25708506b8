// The one door to the Rust side: wraps the generated client so screens get plain values or a
// thrown BackendError they can show where the problem happened.
import { type AppError, commands, type LayoutMode } from "../bindings";

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
  listAccounts: () => unwrap(commands.listAccounts()),
  openAccount: (id: string) => unwrap(commands.openAccount(id)),
  layoutMap: (id: string, mode: LayoutMode) => unwrap(commands.layoutMap(id, mode)),
  analyseAccount: (id: string) => unwrap(commands.analyseAccount(id)),
};
