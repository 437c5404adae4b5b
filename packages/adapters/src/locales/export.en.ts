import type { MessageTemplate } from "@linli/core";

/**
 * English texts of @linli/adapters export, entry templates and reports. The keys here
 * define the codes.
 */
export const exportEn = {
  "export.lateExtra":
    "{count} records have unmapped source columns first seen after the header was written ({headers}); those cells were left out. Pass extraHeaders to keep them",
  "export.sheetFull":
    "Sheet “{sheet}” is full at {rows} rows; the records continue on sheet “{next}”",
} as const satisfies Record<string, MessageTemplate>;

/** A code of the export, template and report texts. */
export type ExportMessageCode = keyof typeof exportEn;
