/** English messages of merging. The keys here define the merge message codes. */
export const mergeEn = {
  "merge.fallback":
    "Merged record {record}: the values chosen for “{field}” did not fit together ({detail}); kept the value of {file} row {row} instead. Every value is listed in the conflicts.",
  "merge.fallbackRecord":
    "Merged record {record}: the chosen values did not make a valid record ({detail}); kept {file} row {row} as it was. Every value is listed in the conflicts.",
  "merge.keyConflict":
    "{file} row {row} is the same source row as {otherFile} row {otherRow} (source “{source}”, record ID {id}) but its values differ; kept {keptFile} row {keptRow}.",
  "merge.unknownRow":
    "Rows to keep together name {source} row {row}, which is not among the accepted rows.",
  "merge.unknownApartRow":
    "Rows to keep apart name {source} row {row}, which is not among the accepted rows.",
  "merge.decisions":
    "{file} is not a file of review decisions that linli can use: “{path}” is missing or wrong. Save the decisions again from the workbench, or write them as {example}.",
  "merge.badRow":
    "{file}, row {index} of the rows given: not a row ({ row, record } with the record as an object); left out, the other rows are merged.",
  "merge.prioritySource":
    "The source priority names “{source}”, which is not a source of this merge; expected the names of its sources: {sources}",
  "merge.sourceName":
    "Every source needs a name (the community or organisation it comes from); source {index} has none.",
  "merge.inconsistentResult":
    "An earlier merge result does not hold together: {records, plural, one {# record} other {# records}} but {clusters, plural, one {# cluster} other {# clusters}} of source rows, or a cluster without rows or for another record ({detail}). Merge the original files instead.",
  "merge.entityMismatch":
    "An earlier merge result of {found} records cannot be merged with {entity} records.",
} as const;

/**
 * A merge message code.
 *
 * @example
 * ```ts
 * import type { MergeMessageCode } from "@linli/dedupe";
 * const code: MergeMessageCode = "merge.keyConflict";
 * ```
 */
export type MergeMessageCode = keyof typeof mergeEn;
