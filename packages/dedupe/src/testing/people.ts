/**
 * Three residents for tests: 张静 twice, written differently (traditional characters, a
 * Chinese date, a spaced phone number), and 李娜, someone else. `dedupe` links the first two.
 */
export const SAME_PERSON_TWICE = [
  {
    name: "张静",
    birthDate: "1985-03-02",
    gender: "female",
    phones: [{ number: "13800138000" }],
  },
  {
    name: "張靜",
    birthDate: "1985年3月2日",
    gender: "female",
    phones: [{ number: "138 0013 8000" }],
  },
  {
    name: "李娜",
    birthDate: "1990-07-19",
    gender: "female",
    phones: [{ number: "13912345678" }],
  },
];
