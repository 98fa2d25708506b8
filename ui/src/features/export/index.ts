// What export offers the account screen. Everything else in this folder is export's own.
import { lazy } from "react";

// Loaded when first opened (its own chunk), not with the first paint.
export const ExportDialog = lazy(() => import("./ExportDialog").then((m) => ({ default: m.ExportDialog })));
