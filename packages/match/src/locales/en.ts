/** English messages of @linli/match. The keys here define its message codes. */
export const matchEn = {
  waited: "waited {hours} h",
  neededBy: "needed by {time}",
  "source.same-compound": "from {place} in the same compound",
  "source.nearby": "from {place}, {km} km away",
  "source.community": "from {place} in the same community",
  "source.hub": "from the hub depot {place}",
  "source.commitment": "pledged by {donor}, available {time}",
  substitute: "{sent} instead of {asked}",
  partial: "partly met: {got} of {asked} {unit}",
  fair: "fair mode: urgent needs of {community}",
  "unmet.no-stock": "no stock or pledge of {item}",
  "unmet.unit": "stock of {item} is counted in units that cannot be converted to “{unit}”",
  "unmet.out-of-reach": "stock of {item} exists, but not within reach of {place}",
  "unmet.too-late": "stock of {item} arrives only after the need is due",
  "unmet.expired": "the only stock of {item} has expired",
  "unmet.taken": "the stock within reach went to needs with a higher priority score",
  "unmet.partial": "only {got} of {asked} {unit} allocated",
  "task.no-shift": "no delivery shift with volunteers on it",
  "task.no-access": "no volunteer on shift may enter {place}",
  "task.no-skill": "no volunteer on shift has the skills {skills}",
  "task.too-late": "no delivery shift starts before the need is due ({time})",
  "task.full": "every volunteer who could go is fully booked",
  "issue.overlap":
    "Volunteer {name} is on the shifts “{first}” and “{second}”, which overlap; tasks go only to the first.",
  "issue.expired":
    "Allocation {id} was held until {until} and not picked up; its stock is released.",
  "issue.unknown-need": "Allocation {id} is for need {need}, which is not among the needs given.",
  "issue.unknown-allocation": "Delivery task {task} lists allocation {id}, which was not given.",
  "issue.no-quantity": "Item {line} of need {need} has no quantity; counted as 1.",
  "issue.no-kind":
    "Stock movement {id} says neither in nor out (no movement type); its quantity is not counted.",
  "issue.over-held":
    "Earlier allocations hold {held} {unit} of lot {lot}, which has only {quantity}; nothing more is allocated from it.",
  "issue.delivered-more":
    "Need {need} item {line}: {delivered} delivered, more than the {requested} requested.",
} as const;

/** A message code of @linli/match. */
export type MatchMessageCode = keyof typeof matchEn;
