import { config } from "zod/v4/core";

// Imported before anything that builds schemas: zod otherwise probes `new Function` once,
// which a strict Content-Security-Policy reports as a violation even though zod recovers.
config({ jitless: true });
