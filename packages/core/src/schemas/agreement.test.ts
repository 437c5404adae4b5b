import { entities, entityNames, toJSONSchema, validator } from "@linli/core";
import { entities as effectEntities, parseOptions } from "@linli/core/effect";
import * as arbitraries from "@linli/core/testing";
import { mutate } from "@linli/core/testing";
import { Schema } from "effect";
import * as Exit from "effect/Exit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strictAjv } from "../../test/ajv.js";

const ajv = strictAjv();
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

// zod, the generated Effect Schema module and ajv on the generated JSON Schema must agree on
// every record: the three are the same standard for three kinds of users.
describe.each(entityNames)("%s: zod, Effect and JSON Schema agree", (name) => {
  const arb = (arbitraries as unknown as Record<string, fc.Arbitrary<unknown>>)[camel(name)]!;
  const zod = entities[name];
  const fast = validator(name);
  const effect = Schema.decodeUnknownExit(effectEntities[name] as never, parseOptions);
  const json = ajv.compile(toJSONSchema(name));

  const verdicts = (x: unknown) => ({
    zod: zod.safeParse(x).success,
    compiled: fast.is(x),
    effect: Exit.isSuccess(effect(x)),
    ajv: json(x) as boolean,
  });

  it("accepts every generated record", () => {
    fc.assert(
      fc.property(arb, (x) => {
        expect(verdicts(x)).toEqual({ zod: true, compiled: true, effect: true, ajv: true });
      }),
      { numRuns: 300 },
    );
  });

  it("gives one verdict on 1,000 mutated records", () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        arb.chain((r) => mutate(r)),
        (x) => {
          const v = verdicts(x);
          if (!v.zod) rejected++;
          expect(v).toEqual({ zod: v.zod, compiled: v.zod, effect: v.zod, ajv: v.zod });
        },
      ),
      { numRuns: 1000 },
    );
    // The mutations must actually exercise rejection, not only pass-throughs.
    expect(rejected).toBeGreaterThan(300);
  });
});
