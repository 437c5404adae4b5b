import type {
  Allocation,
  Commitment,
  DeliveryTask,
  Localized,
  Location,
  MatchRun,
  Need,
  Shift,
  Skill,
  StockMovement,
  SupplyCategory,
  SupplyItem,
  Volunteer,
} from "@linli/core";
import type { PriorityWeightsPatch } from "./score/weights.js";

/**
 * What matching reads: needs, stock (as stock movements), pledges, the supply catalogue,
 * places, volunteers and their shifts, and what earlier runs decided (allocations, and
 * delivery tasks with their outcomes).
 *
 * @example
 * ```ts
 * import type { MatchInput } from "@linli/match";
 * const input: MatchInput = { needs: [], stock: [] };
 * ```
 */
export interface MatchInput {
  readonly needs: readonly Need[];
  /** Stock movements: lots are what came in less what went out, per item, depot and batch. */
  readonly stock?: readonly StockMovement[];
  readonly commitments?: readonly Commitment[];
  /** The supply catalogue: categories and pack sizes (`盒` of 50 `只`). */
  readonly items?: readonly SupplyItem[];
  /** Depots and compounds: where stock is, for reach and distance. */
  readonly locations?: readonly Location[];
  readonly volunteers?: readonly Volunteer[];
  readonly shifts?: readonly Shift[];
  /** Allocations of earlier runs, with their statuses as they are now. */
  readonly allocations?: readonly Allocation[];
  /** Delivery tasks of earlier runs, with their outcomes. */
  readonly tasks?: readonly DeliveryTask[];
}

/** Which categories may stand in for which: a need line of the key may take stock of these. */
export type SubstitutionTable = Readonly<
  Partial<Record<SupplyCategory, readonly SupplyCategory[]>>
>;

/**
 * Options of matching. Every default is recorded in the match run's parameters.
 *
 * @example
 * ```ts
 * import type { MatchOptions } from "@linli/match";
 * const options: MatchOptions = { asOf: "2022-01-05T08:00:00+08:00", reach: { maxKm: 2 } };
 * ```
 */
export interface MatchOptions {
  /** The time of the run: waiting times, reservations and expiry are reckoned at it. Default now. */
  readonly asOf?: string | Date;
  /** Weights of the priority score (see `PRIORITY_V1`); unset ones keep the defaults. */
  readonly weights?: PriorityWeightsPatch;
  readonly reach?: {
    /** Depots this far (km, straight line) serve a compound. Default 3. */
    readonly maxKm?: number;
    /** Depots with no community (district warehouses, unknown places) serve everyone. Default true. */
    readonly hub?: boolean;
  };
  /** Categories that may stand in for others. Default `DEFAULT_SUBSTITUTIONS`. */
  readonly substitutions?: SubstitutionTable;
  /** Categories given only as the very item asked for. Default medicine, medical devices, infant supplies. */
  readonly exactOnly?: readonly SupplyCategory[];
  /** Hours a new allocation holds its stock before it is released. Default 24. */
  readonly reservationHours?: number;
  /** Deliveries per volunteer per shift when the volunteer's record has none. Default 12. */
  readonly defaultCapacity?: number;
  /** Who decides, written on every allocation. Default the algorithm and its version. */
  readonly decidedBy?: string;
}

/** One reason, as a code and its text in both languages. */
export interface Reason {
  readonly code: string;
  readonly text: Localized;
}

/**
 * A need line that this run leaves (partly) unmet, with the reason.
 *
 * @example
 * ```ts
 * import type { UnmetLine } from "@linli/match";
 * const u: Pick<UnmetLine, "needId" | "outstanding"> = { needId: "n-1", outstanding: 2 };
 * ```
 */
export interface UnmetLine {
  readonly needId: string;
  readonly itemIndex: number;
  readonly itemName: string;
  readonly category?: SupplyCategory;
  readonly unit?: string;
  readonly requested: number;
  /** Allocated, this run and before. */
  readonly allocated: number;
  readonly outstanding: number;
  readonly urgent: boolean;
  readonly score: number;
  readonly community: string;
  readonly compound?: string;
  /** Hours since the need was reported, when known. */
  readonly waitedHours?: number;
  readonly reason: Reason;
}

/**
 * A delivery task nobody could take, with the reason.
 *
 * @example
 * ```ts
 * import type { UnassignedTask } from "@linli/match";
 * const u: Pick<UnassignedTask, "taskId"> = { taskId: "t-1" };
 * ```
 */
export interface UnassignedTask {
  readonly taskId: string;
  readonly reason: Reason;
}

/**
 * Something in the input the run worked around: overlapping shifts, expired reservations,
 * allocations of unknown needs.
 *
 * @example
 * ```ts
 * import type { MatchIssue } from "@linli/match";
 * const i: MatchIssue = { code: "issue.expired", text: { "zh-CN": "…", en: "…" } };
 * ```
 */
export interface MatchIssue {
  readonly code: string;
  readonly text: Localized;
}

/**
 * One volunteer's round in one shift: the tasks in stop order (building, unit, room).
 *
 * @example
 * ```ts
 * import type { Round } from "@linli/match";
 * const r: Pick<Round, "volunteerId" | "shiftId"> = { volunteerId: "v-1", shiftId: "sh-1" };
 * ```
 */
export interface Round {
  readonly volunteerId: string;
  readonly volunteerName: string;
  readonly shiftId: string;
  readonly start: string;
  readonly end: string;
  readonly place: string;
  /** Task ids in stop order. */
  readonly taskIds: readonly string[];
}

/**
 * The plan a run makes, and the records it updates.
 *
 * @example
 * ```ts
 * import { match } from "@linli/match";
 * const plan = match({ needs: [] }, { asOf: "2022-01-05T08:00:00+08:00" });
 * plan.allocations.length; // 0
 * ```
 */
export interface MatchPlan {
  readonly run: MatchRun;
  /** New allocations of this run. */
  readonly allocations: readonly Allocation[];
  /** Earlier allocations, with statuses brought up to date (delivered, released). */
  readonly previous: readonly Allocation[];
  /** New delivery tasks, assigned to volunteers where one could go. */
  readonly tasks: readonly DeliveryTask[];
  readonly rounds: readonly Round[];
  readonly unassigned: readonly UnassignedTask[];
  /** Every need, with item quantities allocated and delivered, fulfilment and status updated. */
  readonly needs: readonly Need[];
  /** Stock movements written for deliveries that were not yet in the stock given. */
  readonly movements: readonly StockMovement[];
  readonly unmet: readonly UnmetLine[];
  readonly lots: readonly LotSummary[];
  readonly issues: readonly MatchIssue[];
}

/**
 * A stock lot or pledge line: what it had, what earlier runs hold of it, and what this run
 * allocated from it, in its own unit.
 *
 * @example
 * ```ts
 * import type { LotSummary } from "@linli/match";
 * const l: Pick<LotSummary, "id" | "quantity"> = { id: "lot-1", quantity: 10 };
 * ```
 */
export interface LotSummary {
  readonly id: string;
  readonly kind: "stock" | "commitment";
  readonly itemName: string;
  readonly unit?: string;
  readonly place: string;
  /** In stock (or pledged), before holds. */
  readonly quantity: number;
  /** Held by earlier allocations still active. */
  readonly held: number;
  /** Allocated by this run. */
  readonly allocated: number;
}

/** A volunteer skill a task needs, and when. */
export interface SkillRule {
  readonly skill: Skill;
  /** Supply categories of the task's items that call for it. */
  readonly categories?: readonly SupplyCategory[];
  /** Need categories that call for it. */
  readonly needCategories?: readonly Need["category"][];
}
