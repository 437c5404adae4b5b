import { config } from "zod/v4/core";

// zod compiles parsers with `new Function` unless told not to, probing for it once, which
// the page's Content-Security-Policy reports as a violation. Schemas are built (and probed)
// as modules load, so this must be the first module of the page and of its worker: they
// import it first and read its export, as this package declares no side effects and a bare
// import would be dropped.
config({ jitless: true });

/** True once zod has been told not to compile parsers. */
export const NO_EVAL = config().jitless === true;
