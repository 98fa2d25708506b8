// The one door to the Rust side: the generated commands (tauri-specta, throw mode), with the
// backend's typed refusals turned into a BackendError that screens show where the problem happened.
import { Channel } from "@tauri-apps/api/core";
import {
  type AppError,
  type ContactImportOptions,
  commands,
  type ExportKind,
  type ExportStage,
  type ImportStage,
  type ImportTarget,
  type ReportOptions,
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

/** A readable message for anything a call may throw (a typed error, or Tauri's own string). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  return "Something went wrong.";
}

function isAppError(err: unknown): err is AppError {
  return typeof err === "object" && err !== null && "kind" in err && "message" in err;
}

type Command = (...args: never[]) => Promise<unknown>;

/** Every generated command as it is, except that a typed refusal arrives as a BackendError. */
function withBackendErrors<C extends Record<string, Command>>(generated: C): C {
  const wrapped = Object.entries(generated).map(([name, call]) => [
    name,
    async (...args: never[]) => {
      try {
        return await call(...args);
      } catch (err) {
        throw isAppError(err) ? new BackendError(err) : err;
      }
    },
  ]);
  return Object.fromEntries(wrapped) as C;
}

const generated = withBackendErrors(commands);

export const backend = {
  ...generated,
  /** Asks where to save (native dialog), renders and saves; null when the user cancelled. */
  exportAccount: (id: string, kind: ExportKind, options: ReportOptions, onStage: (stage: ExportStage) => void) => {
    const progress = new Channel<ExportStage>();
    progress.onmessage = onStage;
    return generated.exportAccount(id, kind, options, progress);
  },
  /** Imports the contacts file chosen before (`chooseImportFile`), reporting its stages. */
  importContacts: (path: string, options: ContactImportOptions, target: ImportTarget, onStage: (stage: ImportStage) => void) => {
    const progress = new Channel<ImportStage>();
    progress.onmessage = onStage;
    return generated.importContacts(path, options, target, progress);
  },
};
