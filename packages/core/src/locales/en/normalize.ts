/** Messages of the normalize module: dates, times and gender. */
export const normalize = {
  "date.empty": "The date is empty",
  "date.format":
    'Could not read "{value}" as a date; expected e.g. 1985-03-02, 1985/3/2, 1985年3月2日 or 19850302',
  "date.incomplete":
    '"{value}" is not a full date; expected a year, a month and a day, e.g. 1985-03-02',
  "date.year": '"{value}": the year {year} is out of range; expected a year from 1000 to 9999',
  "date.month": '"{value}": there is no month {month}; expected a month from 1 to 12',
  "date.invalid":
    '"{value}" is not a real date: month {month} of {year} has {days, plural, one {# day} other {# days}}, but the day is {day}',
  "date.ambiguous":
    '"{value}" can be read as {first} or as {second}; write the year first (e.g. 1985-03-02) or set the date order',
  "date.time":
    '"{value}": "{time}" is not a valid time of day; expected hours 0–23 and minutes and seconds 0–59, e.g. 14:30:21',
  "date.offset":
    '"{value}": the time zone offset "{offset}" is not valid; expected e.g. +08:00 or Z',
  "date.excelLeapDay":
    "Excel serial number {value} stands for 1900-02-29, a day that never existed (an old Excel quirk); check the original cell",
  "date.serialRange":
    "Excel serial number {value} is outside the dates Excel can hold; expected a number from {min} to {max}",
  "date.yearAssumed": '"{value}" has no year; read as {year}. Check it, or write the year',
  "date.future": '"{value}" reads as {read}, after today ({today}); check the year',
  "date.sixDigits":
    '"{value}" was read as the year and month {read}; if it is a date written with a two-digit year ({other}), write the date in full',
  "date.centuryAssumed":
    '"{value}" has a two-digit year; read as {year}. Check it, or write all four digits',

  "gender.empty": "The gender is empty",
  "gender.unknown":
    '"{value}" records the gender as unknown or not stated (GB/T 2261.1 codes 0 and 9); expected male, female or other',
  "gender.hint":
    '"{value}" is a title, which only suggests the gender; read as {gender}. Check it, or write the gender',
  "gender.invalid":
    'Could not read "{value}" as a gender; expected 男/女, M/F, male/female, 1 (male) / 2 (female) or 其他/other',
} as const;
