/** English texts of `linli match`. The keys define the codes. */
export const matchCliEn = {
  "match.summary":
    "Match needs with stock, pledges and volunteers: allocations, delivery sheets, roll-up",
  "match.help":
    'Inputs are any files linli imports (CSV/TSV, XLSX, JSON, NDJSON, survey exports) or JSON/NDJSON files of linli records; each option may be given several times.\n--needs         needs (required)\n--stock         stock movements: what came in and went out, per item, depot and batch\n--commitments   pledges (认捐) with the time they are available\n--items         the supply catalogue: categories and pack sizes\n--locations     depots and compounds, with coordinates for distances\n--volunteers    volunteers, with skills, deliveries per shift and areas they may enter\n--shifts        shifts; delivery shifts get tasks\n--allocations   allocations of earlier runs, with their statuses now\n--tasks         delivery tasks of earlier runs, filled in: delivered, failed…\n--previous      an earlier plan folder: its needs, stock, allocations and tasks (files named above override them)\n-o, --out       the plan folder\n--fair          fair mode: every community\'s share of urgent need first (needs the package highs)\n--as-of         the time of the run (default now), e.g. 2022-01-05T08:00+08:00\n--max-km        depots this far serve a compound (default 3)\n--weights       a JSON file of priority weights, e.g. {"urgency":{"urgent":30}}\n--profile       how much of a recipient\'s contact the delivery sheets show: partner-ngo (default, masked), internal, or a JSON file\n--lang          language of the plan\'s files\nWrites allocations (CSV, XLSX, JSON), tasks (XLSX, JSON), sheets/ (one delivery sheet per volunteer and shift, XLSX and HTML), unmet (CSV, XLSX), rollup (XLSX, HTML), needs.json, stock.json, run.json, issues.json. Exit code 1 when a row of an input was rejected.',
  "label.match": "Matching",
  "label.write": "Writing {file}",
  "err.noNeeds":
    "Give the needs with --needs, e.g. linli match --needs 需求.xlsx --stock 库存.csv -o 配送计划",
  "err.out": "Say where to write the plan with -o, e.g. linli match … -o 配送计划",
  "err.asOf": "--as-of “{value}” is not a time; write e.g. 2022-01-05T08:00+08:00",
  "err.maxKm": "--max-km “{value}” is not a distance in kilometres",
  "err.weights": "Cannot use the weights in “{file}”: {detail}",
  "err.previous": "“{dir}” is not a plan folder: {file} is missing",
  "err.fair": "Fair mode could not run: {detail}",
  "match.read":
    "Read {needs, plural, one {# need} other {# needs}} ({lines, plural, one {# item} other {# items}}), {lots, plural, one {# stock lot or pledge line} other {# stock lots and pledge lines}}, {volunteers, plural, one {# volunteer} other {# volunteers}} on {shifts, plural, one {# shift} other {# shifts}}.",
  "match.done":
    "{mode}: {allocated} of {open, plural, one {# open item} other {# open items}} allocated ({urgent} of {urgentOpen} urgent), {unmet} left (partly) unmet; {tasks, plural, one {# delivery task} other {# delivery tasks}}, {assigned} given to {rounds, plural, one {# volunteer round} other {# volunteer rounds}}.",
  "match.mode.priority": "Priority allocation",
  "match.mode.fair": "Fair mode (worst community's urgent share {worst}, best possible {best})",
  "match.movements":
    "{count, plural, one {# stock movement} other {# stock movements}} written for deliveries fed back.",
  "match.issues":
    "{count, plural, one {# thing in the inputs was} other {# things in the inputs were}} worked around; see issues.json.",
  "match.written": "Plan written to {dir}:",
  "match.file.allocations": "allocations, with reasons",
  "match.file.tasks": "delivery tasks, to fill in and feed back with --tasks",
  "match.file.sheet":
    "{count, plural, one {# delivery sheet} other {# delivery sheets}}, one per volunteer and shift (XLSX and HTML)",
  "match.file.unmet": "needs left unmet, with the reason",
  "match.file.rollup": "the hub's roll-up by community and category",
  "match.file.needs": "needs with quantities allocated and delivered",
  "match.file.stock": "stock with the movements deliveries wrote",
  "match.file.run": "the match run: input hash, algorithm version, parameters, figures",
  "match.file.issues": "issues and unassigned tasks",
  "match.next":
    "Next run: linli match --previous {dir} --tasks {dir}/tasks.xlsx (filled in) -o <new folder>",
} as const;

/** A text code of `linli match`. */
export type MatchCliCode = keyof typeof matchCliEn;
