/** The citable address of one ICE list (capture): its own page under /sources. */
export const sourceListHref = (id: number) => `/sources/lists/${id}`

/** The page of one year's lists. */
export const sourceYearHref = (year: string) => `/sources/${year}`

/** The years that have a page of lists, oldest first. */
export const listYears = (lists: { asOf: string }[]) => [...new Set(lists.map((l) => l.asOf.slice(0, 4)))].sort()
