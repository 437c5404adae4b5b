// Labels of comparison levels and fields, for explanations shown to people.
export const dedupeEn = {
  levels: {
    exact: "exact",
    variant: "same once script and spacing are folded",
    homophone: "same pinyin (homophone)",
    swapped: "given-name characters swapped",
    "one-char": "one character different",
    "pinyin-close": "similar pinyin",
    different: "different",
    missing: "missing",
    "check-char": "only the check character differs",
    "one-edit": "one typing error",
    "two-edits": "two typing errors",
    "last-8": "same last eight digits",
    "day-month-swap": "day and month swapped",
    "one-digit": "one digit different",
    "same-room": "same building, unit and room",
    "same-building": "same building",
    "same-compound": "same compound",
    core: "same name without legal form or region",
  },
  patterns: {
    "jw>=": "similarity ≥ {x}",
    "edits<=": "at most {x} typing errors",
    within: "within {x}",
  },
  fields: {
    name: "name",
    citizenId: "citizen ID",
    phone: "phone",
    birthDate: "birth date",
    gender: "gender",
    address: "address",
    creditCode: "credit code",
    divisionCode: "division code",
    geo: "location",
    kind: "kind",
  },
  household: "same household",
  keptApart: {
    "cannot-link":
      "kept apart all the same: one of them would bring two different valid IDs into one person",
    chain:
      "kept apart all the same: joining them would join rows that clearly are different people",
  },
} as const;
