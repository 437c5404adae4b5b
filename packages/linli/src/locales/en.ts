/** English messages of the linli package. The keys here define its message codes. */
export const linliEn = {
  "merge.mixedEntities":
    "The files hold different kinds of data ({files}); merge one kind at a time, or say which with the entity option.",
  "merge.hsdsEntity":
    "{files}: an Open Referral HSDS package holds organisations (with their services and phones) and locations; it cannot be merged as {entity}. Merge it as organization or location, apart from files of other kinds.",
  "merge.hsdsPhones":
    "{name}: {count, plural, one {# phone belongs} other {# phones belong}} to no organisation, service or location of the package ({ids}); not in the merged register, each listed in the issues with the reference that leads nowhere",
  "merge.hsdsTable":
    "{file} is an earlier merge result, not a table of an HSDS package; give it apart.",
  "merge.sourceName":
    "Every source needs a name (the community or organisation it comes from); source {index} has none.",
  "merge.pathInBrowser":
    "“{path}” looks like a file path; in a browser pass the File itself, or in Node import merge from “linli/node”.",
  "merge.unknownData":
    "The data of source “{name}” is neither a file, bytes, a list of records or rows, nor an earlier merge result.",
  "merge.mergedCut":
    "{file} ends early (after line {line}): it was cut short, by a full disk or an interrupted copy perhaps, and records are missing. Use a whole copy, or merge the original files.",
  "merge.mergedNoCheck":
    "{file} has no check at its end: it was cut short, reformatted, or written by another program. Merge the original files, or use a merged.json exactly as linli wrote it.",
  "merge.mergedCount":
    "{file} holds {found} entries in “{section}” where its check says {expected}: it is incomplete or was edited. Use a whole copy, or merge the original files.",
  "merge.mergedChecksum":
    "{file} was changed after linli wrote it (its checksum does not match): it cannot be trusted to hold the merge as it was. Use an unchanged copy, or merge the original files.",
  "merge.mergedDamaged":
    "{file} is damaged at line {line} ({detail}). Use a whole copy, or merge the original files.",
  "merge.mergedAfterEnd":
    "{file} goes on after its end (line {line}): two files were joined, or it was edited. Use a copy exactly as linli wrote it.",
  "merge.mergedClusters":
    "{file} does not hold together: {records, plural, one {# record} other {# records}} but {clusters, plural, one {# cluster} other {# clusters}} of source rows, or a cluster without rows or for another record ({detail}). It was edited or put together by hand; merge the original files instead.",
  "merge.sharedJson":
    "{file} was written under the sharing profile “{profile}”: it is a shared view, not a whole merge result, and cannot be merged again. Merge the original files, or a merged.json written without a sharing profile (or with “internal”).",
  "output.notFolder": "“{dir}” exists and is not a folder; choose a folder for the results.",
  "output.unwritable":
    "Cannot write into “{dir}” ({detail}); nothing in it was changed. Choose a folder you can write to.",
  "output.diskFull":
    "There is no space left to write “{file}” into “{dir}”; nothing in it was changed. Free some space or choose another folder.",
  "output.locked":
    "Another linli run (process {pid} on {host}, since {since}) is writing into “{dir}”. Wait for it to finish; if no linli is running, delete {lock}.",
  "output.symlink":
    "“{file}” in “{dir}” is a symbolic link; linli does not write through links. Remove it or choose another folder.",
  "output.isFolder": "“{path}” is a folder; give a file name for the output.",
  "output.isInput":
    "“{path}” is also an input of this run; linli never writes over its input. Choose another output.",
  "output.notOnly":
    "“{dir}” holds files that this export does not write ({files}). An export under a sharing profile goes into a folder of its own, so that its export log describes every file in it: choose an empty folder.",
  "output.interrupted": "Interrupted ({signal}); nothing in “{dir}” was changed.",
  "output.closed": "The outputs were already committed or abandoned; “{path}” was not written.",
  "output.undeclared": "“{path}” is not one of the outputs opened with openOutputs.",
  "report.title": "Merge report",
  "report.subtitle": "{entity} from {sources, plural, one {# source} other {# sources}} · {date}",
  "report.summary": "Summary",
  "report.sentence":
    "{rowsRead, plural, one {# row was} other {# rows were}} read from {sources, plural, one {# source} other {# sources}}: {full} {full, plural, one {was} other {were}} accepted in full, {withheldRows} accepted with {withheldCells, plural, one {# cell} other {# cells}} withheld (unreadable cells left out and kept aside), {rejected} rejected, and {empty, plural, one {# empty row was} other {# empty rows were}} skipped. The accepted rows describe {records, plural, one {# {entity} record} other {# {entity} records}}: {duplicateRows, plural, one {# row was} other {# rows were}} found to repeat another row and merged into {duplicateClusters, plural, one {# record} other {# records}}.",
  "report.figure.sources": "Sources",
  "report.figure.rowsRead": "Rows read",
  "report.figure.accepted": "Accepted",
  "report.figure.acceptedInFull": "Accepted in full",
  "report.figure.withheldRows": "Accepted with withheld cells",
  "report.figure.withheldCells": "Withheld cells",
  "report.figure.rejected": "Rejected",
  "report.figure.emptySkipped": "Empty rows skipped",
  "report.figure.records": "Merged records",
  "report.figure.duplicateClusters": "Records merged from several rows",
  "report.figure.duplicateRows": "Duplicate rows merged",
  "report.figure.conflicts": "Conflicting fields",
  "report.figure.warnings": "Warnings",
  "report.sources": "By source",
  "report.legend.unique": "Unique",
  "report.legend.duplicatesWithin": "Duplicate within the source",
  "report.legend.duplicatesAcross": "Also in another source",
  "report.legend.rejected": "Rejected",
  "report.legend.emptySkipped": "Empty",
  "report.source.files": "Files: {files}",
  "report.source.carried": "Counts from an earlier merge (not read again).",
  "report.source.repeated":
    "{n, plural, one {# row was} other {# rows were}} already merged before and {n, plural, one {adds} other {add}} nothing.",
  "report.rejected": "Rejected rows",
  "report.rejected.none": "No row was rejected.",
  "report.warnings": "Warnings on accepted rows",
  "report.withheldCells": "Withheld cells",
  "report.withheldCells.intro":
    "These rows were accepted, but a cell could not be read: it was left out of the record and its text kept in the record's meta.withheld, with its column, so it can be checked and corrected.",
  "report.withheldCells.none": "Every cell of the accepted rows was read.",
  "report.row": "{file} row {row}",
  "report.column": "column “{column}”",
  "report.more": "Showing {shown} of {total}; every one is in {file}.",
  "report.conflicts": "Conflicts",
  "report.conflicts.none": "The merged rows agreed on every field.",
  "report.conflicts.intro":
    "Fields where the rows of one person disagreed. The value kept is marked; the others are listed with the rows that gave them.",
  "report.chosen": "kept",
  "report.rule.most-frequent": "most frequent",
  "report.rule.most-recent": "most recent",
  "report.rule.most-complete": "most complete",
  "report.rule.source-priority": "source priority",
  "report.rule.union": "all kept",
  "report.rule.fallback": "kept one row's value (see warnings)",
  "report.clusters": "Merged duplicates",
  "report.clusters.none": "No two rows were found to be the same.",
  "report.clusters.intro":
    "Each group of rows below was found to be one {entity}, with the evidence for it.",
  "report.rows": "{n, plural, one {# row} other {# rows}}",
  "report.evidence": "Evidence",
  "report.identical": "identical in every compared field",
  "report.mustLink": "confirmed by a person",
  "report.possible":
    "Possible match: only name, birth date or sex agree (no ID, phone or address). Check before acting on it.",
  "report.possibleLink": "possible",
  "report.aliases": "Also known as {ids} (earlier merges)",
  "report.near": "Near misses",
  "report.near.none": "No pair of rows kept apart came close to being merged.",
  "report.near.intro":
    "Pairs of rows kept apart that scored close to the threshold, strongest first, with the reasons: check whether they are one and the same.",
  "report.near.more":
    "Showing the {shown} strongest of {total}; merge() returns them all (result.nearMisses).",
  "report.near.cannot-link":
    "Scored above the threshold but kept apart: the two rows carry two different valid identifiers.",
  "report.near.decision":
    "Scored above the threshold but kept apart: a reviewer decided these rows are not the same (the decisions file).",
  "report.near.chain":
    "Scored above the threshold but kept apart: rows already joined to one of them disagree strongly with the other.",
  "report.near.conflict":
    "Scored above the threshold but kept apart: the two rows differ where one record cannot (two sexes, birth dates years apart, needs of two kinds or reported days apart).",
  "report.estimate.most-pairs-match":
    "The linkage estimate was not trusted: it took {share} of the compared pairs for duplicates, which general knowledge of such records does not support. Prior parameters were used instead, so rows are merged only on strong evidence.",
  "report.estimate.no-separation":
    "The linkage estimate was not trusted: in this data duplicates and different records could not be told apart. Prior parameters were used instead, so rows are merged only on strong evidence.",
  "report.exactKeys": "Rows count as duplicates only when their keys agree exactly: {keys}.",
  "report.mapping": "Columns",
  "report.mapping.unmapped": "kept as an extra column",
  "report.mapping.emptyColumns":
    "{count, plural, one {# empty column} other {# empty columns}} without a header or any value, ignored",
  "report.mapping.preset": "survey export: {preset}",
  "report.mapping.repeat":
    "{file} · {sheet} → {field}: {joined, plural, one {# row joined} other {# rows joined}} of {rows}{orphans, plural, =0 {} one {, # without its submission} other {, # without their submissions}}{left, plural, =0 {} other {, # left out}}",
  "report.footer":
    "Written by linli on {date}. This file loads nothing from the network. It contains personal data: share it only with those who need it.",
  "report.masked": "Citizen ID and phone numbers are partly hidden.",
  "report.profile": "Written under the sharing profile “{profile}”: {description}",
  "report.countsOnly":
    "This sharing profile leaves record IDs out, so rows and records are not listed here; only counts are shown.",
  "report.reasons": "Rejected rows by field and reason",
  "report.reasons.withheld": "Withheld cells by field and reason",
  "report.withheld": "withheld",
  "report.footer.shared":
    "Written by linli on {date}. This file loads nothing from the network. Values are shown as the sharing profile “{profile}” allows; export-log.json beside it lists the profile's rules.",
  "issue.withheld.error":
    "{where}: failed a check ({code}) and was rejected; the value and details are withheld under the sharing profile “{profile}”.",
  "issue.withheld.cell":
    "{where}: a cell could not be read ({code}) and was left out of the record; its text is withheld under the sharing profile “{profile}”.",
  "issue.withheld.warning":
    "{where}: has a warning ({code}); the value and details are withheld under the sharing profile “{profile}”.",
  "input.notFound": "Cannot find the file “{path}”. Check its name and the folder it is in.",
  "input.isFolder": "“{path}” is a folder; give the files in it instead.",
  "input.unreadable":
    "Cannot open “{path}” ({detail}); check that you may read it and that no other program has it locked.",
} as const;

/**
 * A message code of the linli package.
 *
 * @example
 * ```ts
 * import type { LinliMessageCode } from "linli";
 * const code: LinliMessageCode = "input.notFound";
 * ```
 */
export type LinliMessageCode = keyof typeof linliEn;
