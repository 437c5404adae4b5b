import type { normalize as en } from "../en/normalize.js";

export const normalize = {} as const satisfies Record<keyof typeof en, string>;
