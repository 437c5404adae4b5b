import type { identifiers as en } from "../en/identifiers.js";

export const identifiers = {} as const satisfies Record<keyof typeof en, string>;
