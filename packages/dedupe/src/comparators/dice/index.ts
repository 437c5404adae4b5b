export type { BloomFilter } from "./bloom.js";
export { type DiceOptions, diceComparator } from "./dice.js";
