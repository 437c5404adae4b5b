/** Messages of the normalize module. */
export const normalize = {} as const;
