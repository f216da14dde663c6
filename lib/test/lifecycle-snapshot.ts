import Database from 'better-sqlite3'

/** What the lifecycle rebuild writes, in a stable order, without ids or timestamps. */
export function lifecycleSnapshot(): string {
  const sql = new Database(process.env.DATABASE_URL!.replace(/^file:/, ''), { readonly: true })
  try {
    return JSON.stringify([
      sql.prepare(`SELECT "agreementId", series, model, state, "startOn", "endOn", "firstListId", "firstRow", "lastListId", "lastRow", "prevListId", "nextListId", captures FROM "PresenceInterval" ORDER BY 1, 2, 5`).all(),
      sql.prepare(`SELECT "agreementId", status, model, state, "startOn", "endOn" FROM "StatusPeriod" ORDER BY 1, 5, 2`).all(),
      sql.prepare(`SELECT "agreementId", kind, "onDate", "fromDate", "toDate", reason, "sourceListId", "rowNumber" FROM "AgreementEvent" WHERE derived = 1 ORDER BY 1, 2, 3, 7`).all(),
      sql.prepare(`SELECT id, "firstListedOn", "lastListedOn" FROM "Agreement" ORDER BY 1`).all(),
    ])
  } finally {
    sql.close()
  }
}
