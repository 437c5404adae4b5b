/** Messages of the identifiers module. */
export const identifiers = {} as const;
