import { type Column, composeName, getColumn, hasColumnValue, setColumn } from "@linli/core";

/** The name column of an entity and the columns of its parts. */
export interface NamePlan {
  readonly name: Column;
  readonly family?: Column;
  readonly given?: Column;
  readonly middle?: Column;
}

/** The name plan of an entity's columns, when it has a name given in parts. */
export function namePlan(byKey: ReadonlyMap<string, Column>): NamePlan | undefined {
  const name = byKey.get("name");
  const family = byKey.get("nameParts.family");
  const given = byKey.get("nameParts.given");
  const middle = byKey.get("nameParts.middle");
  if (!name || (!family && !given)) return undefined;
  return {
    name,
    ...(family ? { family } : {}),
    ...(given ? { given } : {}),
    ...(middle ? { middle } : {}),
  };
}

const text = (record: Record<string, unknown>, c: Column | undefined) => {
  const v = c ? getColumn(record, c) : undefined;
  return typeof v === "string" ? v : undefined;
};

/**
 * A record with parts of a name and no name gets the name composed from them (王 + 伟 → 王伟,
 * Fatima + Malik → Fatima Malik); the parts stay as they are.
 */
export function completeName(plan: NamePlan, record: Record<string, unknown>): void {
  if (hasColumnValue(plan.name, record)) return;
  const family = text(record, plan.family);
  const given = text(record, plan.given);
  const middle = text(record, plan.middle);
  if (family === undefined && given === undefined) return;
  const name = composeName({
    ...(family !== undefined ? { family } : {}),
    ...(given !== undefined ? { given } : {}),
    ...(middle !== undefined ? { middle } : {}),
  });
  if (name) setColumn(record, plan.name, name);
}
