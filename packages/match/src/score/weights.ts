import type { Need, Vulnerability } from "@linli/core";

/** The urgency of a need (its `priority` field). */
export type Urgency = NonNullable<Need["priority"]>;

/**
 * The weights of the priority score: `urgency × min(1 + Σ vulnerabilities, maxMultiplier) +
 * perHour × min(hours waited, capHours)`.
 *
 * @example
 * ```ts
 * import { PRIORITY_V1, type PriorityWeights } from "@linli/match";
 * const mine: PriorityWeights = { ...PRIORITY_V1, perHour: 0.2 };
 * ```
 */
export interface PriorityWeights {
  readonly urgency: Readonly<Record<Urgency, number>>;
  /** Urgency of a need that states none. */
  readonly defaultUrgency: Urgency;
  readonly vulnerability: Readonly<Record<Vulnerability, number>>;
  /** The vulnerability multiplier never exceeds this. */
  readonly maxMultiplier: number;
  /** Points per hour waited, so that old needs are not starved. */
  readonly perHour: number;
  /** Waiting counts up to this many hours. */
  readonly capHours: number;
}

/**
 * Changes to the priority weights: any weight, and any entry of the urgency and vulnerability
 * tables (the others keep their values).
 *
 * @example
 * ```ts
 * import type { PriorityWeightsPatch } from "@linli/match";
 * const patch: PriorityWeightsPatch = { urgency: { urgent: 30 }, perHour: 0.2 };
 * ```
 */
export type PriorityWeightsPatch = Partial<Omit<PriorityWeights, "urgency" | "vulnerability">> & {
  readonly urgency?: Partial<PriorityWeights["urgency"]>;
  readonly vulnerability?: Partial<PriorityWeights["vulnerability"]>;
};

/**
 * Version 1 of the priority score. An urgent need (20 or more) outranks every other one,
 * however vulnerable its requester and however long it waited (a high one reaches
 * 6 × 2 + 4.8 = 16.8 at most); below that, waiting lets old needs overtake: a normal need of an
 * elderly person living alone that has waited two days (3 × 1.5 + 4.8 = 9.3) goes before a
 * fresh high one (6).
 *
 * @example
 * ```ts
 * import { PRIORITY_V1 } from "@linli/match";
 * PRIORITY_V1.urgency.urgent; // 10
 * ```
 */
export const PRIORITY_V1: PriorityWeights = {
  urgency: { urgent: 20, high: 6, normal: 3, low: 1 },
  defaultUrgency: "normal",
  vulnerability: {
    "elderly-living-alone": 0.5,
    "elderly-80-plus": 0.3,
    disabled: 0.4,
    "chronic-illness": 0.3,
    dialysis: 0.8,
    "serious-illness": 0.8,
    "mental-illness": 0.3,
    pregnant: 0.5,
    infant: 0.5,
    "left-behind-child": 0.3,
    "low-income": 0.2,
    other: 0.1,
  },
  maxMultiplier: 2,
  perHour: 0.1,
  capHours: 48,
};

/**
 * The name and version of priority allocation, recorded on every allocation and match run.
 *
 * @example
 * ```ts
 * import { PRIORITY_ALGORITHM } from "@linli/match";
 * `${PRIORITY_ALGORITHM.name}/${PRIORITY_ALGORITHM.version}`; // "linli-match priority/1"
 * ```
 */
export const PRIORITY_ALGORITHM = { name: "linli-match priority", version: "1" } as const;

/** The weights as flat `name = value` parameters, for the match run. */
export function weightParameters(w: PriorityWeights): [string, number | string][] {
  return [
    ...Object.entries(w.urgency).map(([k, v]) => [`urgency.${k}`, v] as [string, number]),
    ["urgency.default", w.defaultUrgency],
    ...Object.entries(w.vulnerability).map(
      ([k, v]) => [`vulnerability.${k}`, v] as [string, number],
    ),
    ["vulnerability.maxMultiplier", w.maxMultiplier],
    ["wait.perHour", w.perHour],
    ["wait.capHours", w.capHours],
  ];
}
