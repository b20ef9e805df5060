/** How much of each table the page shows; the CSV files beside it hold every row. */
export const SHOWN = {
  drains: 25,
  escalations: 200,
  goodwill: 25,
  /** The latest months of the behaviours chart; earlier tickets are counted in a note under it. */
  months: 24,
} as const;

/** Customers with about the same value and cost are one point of the scatter, sized by how many they are. */
export const SCATTER_SIGNIFICANT_DIGITS = 2;
