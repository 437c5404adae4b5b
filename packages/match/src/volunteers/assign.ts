import { fieldMeta, type Localized, type Shift, Volunteer } from "@linli/core";
import { shortTime } from "../allocate/records.js";
import { matchMessage } from "../messages.js";
import type { MatchIssue, Reason, Round, UnassignedTask } from "../types.js";
import { itemKey } from "../units/units.js";
import { stopOrder, type TaskDraft } from "./tasks.js";

interface Slot {
  readonly volunteer: Volunteer;
  readonly shift: Shift;
  readonly start: number;
  readonly end: number;
  readonly capacity: number;
  readonly skills: ReadonlySet<string>;
  /** Compound keys, each with the buildings it is limited to (empty: the whole compound). */
  readonly access?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly tasks: TaskDraft[];
}

const skillLabels = fieldMeta(Volunteer.shape.skills)?.options as Record<string, Localized>;
const ACTIVE = new Set([undefined, "active"]);
const buildingKey = (b: string) => itemKey(b).replace(/(号楼|号|栋|幢|楼|#)$/u, "");

function accessOf(v: Volunteer): Slot["access"] {
  if (!v.access?.length) return undefined;
  const m = new Map<string, Set<string>>();
  for (const entry of v.access) {
    const [compound, ...rest] = entry.trim().split(/\s+/);
    const k = itemKey(compound ?? "");
    const set = m.get(k) ?? new Set<string>();
    if (rest.length) set.add(buildingKey(rest.join("")));
    m.set(k, set);
  }
  return m;
}

function mayEnter(s: Slot, t: TaskDraft): boolean {
  if (!s.access) return true;
  const compound = t.home.compound ?? t.home.community;
  if (!compound) return false;
  const buildings = s.access.get(itemKey(compound));
  if (!buildings) return false;
  return buildings.size === 0 || buildings.has(buildingKey(t.home.building ?? ""));
}

const hasSkills = (s: Slot, t: TaskDraft) => (t.task.skills ?? []).every((k) => s.skills.has(k));
const inTime = (s: Slot, t: TaskDraft) => s.start <= t.due;
const fits = (s: Slot, t: TaskDraft) => mayEnter(s, t) && hasSkills(s, t) && inTime(s, t);

/** A shift as people name it: its place and hours. */
const shiftText = (s: Shift) => `${s.placeName} ${s.start.slice(11, 16)}–${s.end.slice(11, 16)}`;

/** Volunteers on delivery shifts that have not ended, one shift at a time each. */
function slots(
  volunteers: readonly Volunteer[],
  shifts: readonly Shift[],
  asOf: number,
  defaultCapacity: number,
  issues: MatchIssue[],
): Slot[] {
  const byId = new Map(volunteers.map((v) => [v.meta.id, v]));
  const byName = new Map(volunteers.map((v) => [v.name, v]));
  const perVolunteer = new Map<
    string,
    { v: Volunteer; shift: Shift; start: number; end: number }[]
  >();
  for (const shift of shifts) {
    if (shift.role !== "delivery") continue;
    const start = Date.parse(shift.start);
    const end = Date.parse(shift.end);
    if (!(end > asOf)) continue;
    const people = new Set<Volunteer>();
    for (const id of shift.assigneeIds ?? []) if (byId.has(id)) people.add(byId.get(id)!);
    if (!shift.assigneeIds?.length)
      for (const n of shift.assigneeNames ?? []) if (byName.has(n)) people.add(byName.get(n)!);
    for (const v of people) {
      if (!ACTIVE.has(v.status)) continue;
      const list = perVolunteer.get(v.meta.id) ?? [];
      list.push({ v, shift, start, end });
      perVolunteer.set(v.meta.id, list);
    }
  }
  const out: Slot[] = [];
  for (const id of [...perVolunteer.keys()].sort()) {
    const list = perVolunteer
      .get(id)!
      .sort((a, b) => a.start - b.start || a.shift.meta.id.localeCompare(b.shift.meta.id));
    let lastEnd = Number.NEGATIVE_INFINITY;
    let last: Shift | undefined;
    for (const s of list) {
      if (s.start < lastEnd) {
        issues.push({
          code: "issue.overlap",
          text: matchMessage("issue.overlap", {
            name: s.v.name,
            first: shiftText(last!),
            second: shiftText(s.shift),
          }),
        });
        continue;
      }
      lastEnd = s.end;
      last = s.shift;
      const access = accessOf(s.v);
      out.push({
        volunteer: s.v,
        shift: s.shift,
        start: s.start,
        end: s.end,
        capacity: s.v.capacity ?? defaultCapacity,
        skills: new Set(s.v.skills ?? []),
        ...(access ? { access } : {}),
        tasks: [],
      });
    }
  }
  return out.sort(
    (a, b) => a.start - b.start || a.volunteer.meta.id.localeCompare(b.volunteer.meta.id),
  );
}

function whyNot(all: readonly Slot[], t: TaskDraft): Reason {
  const place = t.home.compound ?? t.home.community ?? "";
  if (all.length === 0) return { code: "task.no-shift", text: matchMessage("task.no-shift") };
  if (!all.some((s) => mayEnter(s, t)))
    return { code: "task.no-access", text: matchMessage("task.no-access", { place }) };
  if (!all.some((s) => mayEnter(s, t) && hasSkills(s, t))) {
    const skills = (t.task.skills ?? []).map((k) => skillLabels[k]!);
    const join = (l: "zh-CN" | "en") => skills.map((s) => s[l]).join(l === "en" ? ", " : "、");
    return {
      code: "task.no-skill",
      text: matchMessage("task.no-skill", { skills: { "zh-CN": join("zh-CN"), en: join("en") } }),
    };
  }
  if (!all.some((s) => fits(s, t)))
    return {
      code: "task.too-late",
      text: matchMessage("task.too-late", { time: shortTime(t.dueText) ?? "" }),
    };
  return { code: "task.full", text: matchMessage("task.full") };
}

/**
 * Assign delivery tasks to volunteers on delivery shifts. A volunteer is never in two shifts
 * at once (of overlapping shifts only the first counts) and never gets more tasks in a shift
 * than their capacity; a task goes only to a volunteer with its skills, who may enter its
 * compound or building, on a shift that starts before the need is due. Tasks of one compound
 * stay together: the most urgent compound first, each given to the volunteer who can take the
 * most of it. Each round's stops are in building, unit and room order.
 */
export function assignTasks(
  drafts: readonly TaskDraft[],
  ctx: {
    volunteers: readonly Volunteer[];
    shifts: readonly Shift[];
    asOf: number;
    defaultCapacity: number;
  },
  issues: MatchIssue[],
): { rounds: Round[]; unassigned: UnassignedTask[] } {
  const all = slots(ctx.volunteers, ctx.shifts, ctx.asOf, ctx.defaultCapacity, issues);
  const clusters = new Map<string, TaskDraft[]>();
  for (const d of drafts) {
    const k = `${d.home.community ?? ""}\u0000${d.home.compound ?? ""}`;
    const c = clusters.get(k);
    if (c) c.push(d);
    else clusters.set(k, [d]);
  }
  const ordered = [...clusters.entries()]
    .map(([k, ts]) => ({
      k,
      ts: ts.sort((a, b) => stopOrder(a.task, b.task)),
      score: ts.reduce((m, t) => Math.max(m, t.score), 0),
      due: ts.reduce((m, t) => Math.min(m, t.due), Number.POSITIVE_INFINITY),
    }))
    .sort((a, b) => b.score - a.score || a.due - b.due || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const unassigned: UnassignedTask[] = [];
  for (const { ts } of ordered) {
    const home = ts[0]!.home;
    const compound = itemKey(home.compound ?? home.community ?? "");
    // Only volunteers who may enter this compound at all are worth asking.
    const able = all.filter((s) => !s.access || s.access.has(compound));
    let left = ts;
    while (left.length) {
      let best: Slot | undefined;
      let bestCount = 0;
      for (const s of able) {
        const room = s.capacity - s.tasks.length;
        if (room <= bestCount) continue;
        let n = 0;
        for (const t of left) if (n < room && fits(s, t)) n++;
        if (n > bestCount) {
          best = s;
          bestCount = n;
        }
      }
      if (!best) {
        for (const t of left) unassigned.push({ taskId: t.task.meta.id, reason: whyNot(all, t) });
        break;
      }
      const rest: TaskDraft[] = [];
      for (const t of left) {
        if (best.tasks.length < best.capacity && fits(best, t)) best.tasks.push(t);
        else rest.push(t);
      }
      left = rest;
    }
  }
  const rounds: Round[] = [];
  for (const s of all) {
    if (!s.tasks.length) continue;
    s.tasks.sort((a, b) => stopOrder(a.task, b.task));
    s.tasks.forEach((t, i) => {
      const end = Math.min(s.end, t.due) === s.end ? s.shift.end : t.dueText!;
      t.task = {
        ...t.task,
        status: "assigned",
        volunteerId: s.volunteer.meta.id,
        volunteerName: s.volunteer.name,
        shiftId: s.shift.meta.id,
        sequence: i + 1,
        windowStart: s.shift.start,
        windowEnd: end,
      };
    });
    rounds.push({
      volunteerId: s.volunteer.meta.id,
      // A volunteer known only by an ID number (name withheld) is named by the record ID.
      volunteerName: s.volunteer.name ?? s.volunteer.meta.id,
      shiftId: s.shift.meta.id,
      start: s.shift.start,
      end: s.shift.end,
      place: s.shift.placeName,
      taskIds: s.tasks.map((t) => t.task.meta.id),
    });
  }
  return { rounds, unassigned };
}
