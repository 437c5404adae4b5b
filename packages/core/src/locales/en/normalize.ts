/** Messages of the normalize module: dates, times and gender. */
export const normalize = {
  "gender.empty": "The gender is empty",
  "gender.unknown":
    '"{value}" records the gender as unknown or not stated (GB/T 2261.1 codes 0 and 9); expected male, female or other',
  "gender.invalid":
    'Could not read "{value}" as a gender; expected 男/女, M/F, male/female, 1 (male) / 2 (female) or 其他/other',
} as const;
