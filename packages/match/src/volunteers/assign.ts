import { type DeliveryTask, fieldMeta, type Localized, type Shift, Volunteer } from "@linli/core";
import { shortTime } from "../allocate/records.js";
import { matchMessage } from "../messages.js";
import type { MatchIssue, Reason, Round, UnassignedTask } from "../types.js";
import { itemKey } from "../units/units.js";
import { compareStops, type Mutable, type StopKey, stopKey, type TaskDraft } from "./tasks.js";

interface Slot {
  readonly volunteer: Volunteer;
  readonly shift: Shift;
  readonly start: number;
  readonly end: number;
  readonly capacity: number;
  readonly skills: ReadonlySet<string>;
  /** Compound keys, each with the buildings it is limited to (empty: the whole compound). */
  readonly access?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly tasks: Job[];
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

/** A draft with what assignment asks of it again and again, worked out once. */
interface Job {
  readonly d: TaskDraft;
  readonly stop: StopKey;
  /** The compound (or community) as a key; undefined when the address names neither. */
  readonly compound?: string;
  readonly building: string;
  readonly skills: readonly string[];
}

function jobOf(d: TaskDraft): Job {
  const c = d.home.compound ?? d.home.community;
  return {
    d,
    stop: stopKey(d.task),
    ...(c ? { compound: itemKey(c) } : {}),
    building: buildingKey(d.home.building ?? ""),
    skills: d.task.skills ?? [],
  };
}

function mayEnter(s: Slot, t: Job): boolean {
  if (!s.access) return true;
  if (t.compound === undefined) return false;
  const buildings = s.access.get(t.compound);
  if (!buildings) return false;
  return buildings.size === 0 || buildings.has(t.building);
}

const hasSkills = (s: Slot, t: Job) => t.skills.every((k) => s.skills.has(k));
const inTime = (s: Slot, t: Job) => s.start <= t.d.due;
const fits = (s: Slot, t: Job) => inTime(s, t) && mayEnter(s, t) && hasSkills(s, t);

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

function whyNot(all: readonly Slot[], t: Job): Reason {
  const place = t.d.home.compound ?? t.d.home.community ?? "";
  if (all.length === 0) return { code: "task.no-shift", text: matchMessage("task.no-shift") };
  if (!all.some((s) => mayEnter(s, t)))
    return { code: "task.no-access", text: matchMessage("task.no-access", { place }) };
  if (!all.some((s) => mayEnter(s, t) && hasSkills(s, t))) {
    const skills = t.skills.map((k) => skillLabels[k]!);
    const join = (l: "zh-CN" | "en") => skills.map((s) => s[l]).join(l === "en" ? ", " : "、");
    return {
      code: "task.no-skill",
      text: matchMessage("task.no-skill", { skills: { "zh-CN": join("zh-CN"), en: join("en") } }),
    };
  }
  if (!all.some((s) => fits(s, t)))
    return {
      code: "task.too-late",
      text: matchMessage("task.too-late", { time: shortTime(t.d.dueText) ?? "" }),
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
  const clusters = new Map<string, Job[]>();
  for (const d of drafts) {
    const k = `${d.home.community ?? ""}\u0000${d.home.compound ?? ""}`;
    const c = clusters.get(k);
    if (c) c.push(jobOf(d));
    else clusters.set(k, [jobOf(d)]);
  }
  const ordered = [...clusters.entries()]
    .map(([k, ts]) => ({
      k,
      ts: ts.sort((a, b) => compareStops(a.stop, b.stop)),
      score: ts.reduce((m, t) => Math.max(m, t.d.score), 0),
      due: ts.reduce((m, t) => Math.min(m, t.d.due), Number.POSITIVE_INFINITY),
    }))
    .sort((a, b) => b.score - a.score || a.due - b.due || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const unassigned: UnassignedTask[] = [];
  // Slots with room left, in order: a full one is never asked again.
  let open = all.filter((s) => s.capacity > 0);
  for (const { ts } of ordered) {
    const home = ts[0]!.d.home;
    const compound = itemKey(home.compound ?? home.community ?? "");
    // Only volunteers who may enter this compound at all are worth asking.
    let able = open.filter((s) => !s.access || s.access.has(compound));
    let left = ts;
    while (left.length) {
      let best: Slot | undefined;
      let bestCount = 0;
      // No volunteer can take more than this: once one does, the rest need not be asked.
      let most = 0;
      for (const s of able) most = Math.max(most, s.capacity - s.tasks.length);
      most = Math.min(most, left.length);
      for (const s of able) {
        if (bestCount >= most) break;
        const room = s.capacity - s.tasks.length;
        if (room <= bestCount) continue;
        let n = 0;
        for (const t of left) if (fits(s, t) && ++n === room) break;
        if (n > bestCount) {
          best = s;
          bestCount = n;
        }
      }
      if (!best) {
        for (const t of left) unassigned.push({ taskId: t.d.task.meta.id, reason: whyNot(all, t) });
        break;
      }
      const rest: Job[] = [];
      for (const t of left) {
        if (best.tasks.length < best.capacity && fits(best, t)) best.tasks.push(t);
        else rest.push(t);
      }
      left = rest;
      if (best.tasks.length >= best.capacity) {
        const full = best;
        able = able.filter((s) => s !== full);
        open = open.filter((s) => s !== full);
      }
    }
  }
  const rounds: Round[] = [];
  for (const s of all) {
    if (!s.tasks.length) continue;
    s.tasks.sort((a, b) => compareStops(a.stop, b.stop));
    s.tasks.forEach(({ d: t }, i) => {
      const end = Math.min(s.end, t.due) === s.end ? s.shift.end : t.dueText!;
      // Each task belongs to this run alone: filled in where it is, not copied.
      const task = t.task as Mutable<DeliveryTask>;
      task.status = "assigned";
      task.volunteerId = s.volunteer.meta.id;
      task.volunteerName = s.volunteer.name;
      task.shiftId = s.shift.meta.id;
      task.sequence = i + 1;
      task.windowStart = s.shift.start;
      task.windowEnd = end;
    });
    rounds.push({
      volunteerId: s.volunteer.meta.id,
      // A volunteer known only by an ID number (name withheld) is named by the record ID.
      volunteerName: s.volunteer.name ?? s.volunteer.meta.id,
      shiftId: s.shift.meta.id,
      start: s.shift.start,
      end: s.shift.end,
      place: s.shift.placeName,
      taskIds: s.tasks.map((t) => t.d.task.meta.id),
    });
  }
  return { rounds, unassigned };
}
