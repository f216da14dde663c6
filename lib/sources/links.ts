/** The citable address of one ICE list (capture): its own page under /sources. */
export const sourceListHref = (id: number) => `/sources/lists/${id}`

/** The page of one year's lists. */
export const sourceYearHref = (year: string) => `/sources/${year}`
