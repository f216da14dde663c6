-- CreateTable
CREATE TABLE "ListVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "byModel" TEXT NOT NULL,
    "agreements" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "PresenceInterval" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "series" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "startOn" TEXT NOT NULL,
    "endOn" TEXT NOT NULL,
    "firstListId" INTEGER NOT NULL,
    "firstRow" INTEGER NOT NULL,
    "lastListId" INTEGER NOT NULL,
    "lastRow" INTEGER NOT NULL,
    "prevListId" INTEGER,
    "nextListId" INTEGER,
    "captures" INTEGER NOT NULL,
    CONSTRAINT "PresenceInterval_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MergeCandidate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "state" TEXT NOT NULL,
    "fromAgencyId" INTEGER NOT NULL,
    "intoAgencyId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedBy" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "typeRaw" TEXT,
    "countyName" TEXT,
    "countyFips" TEXT,
    "countyNote" TEXT,
    "lockedFields" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Agency" ("countyFips", "countyName", "createdAt", "id", "name", "nameKey", "searchText", "state", "type", "typeRaw", "updatedAt", "version") SELECT "countyFips", "countyName", "createdAt", "id", "name", "nameKey", "searchText", "state", "type", "typeRaw", "updatedAt", "version" FROM "Agency";
DROP TABLE "Agency";
ALTER TABLE "new_Agency" RENAME TO "Agency";
CREATE INDEX "Agency_countyFips_idx" ON "Agency"("countyFips");
CREATE INDEX "Agency_name_idx" ON "Agency"("name");
CREATE UNIQUE INDEX "Agency_state_nameKey_key" ON "Agency"("state", "nameKey");
CREATE TABLE "new_Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "signedOn" TEXT,
    "signedRaw" TEXT,
    "expiresOn" TEXT,
    "expiresCitationId" INTEGER,
    "moaUrl" TEXT,
    "moaFile" TEXT,
    "addendumUrl" TEXT,
    "firstListedOn" TEXT,
    "lastListedOn" TEXT,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "lockedFields" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_expiresCitationId_fkey" FOREIGN KEY ("expiresCitationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("addendumUrl", "agencyId", "createdAt", "expiresCitationId", "expiresOn", "firstListedOn", "flags", "id", "lastListedOn", "moaFile", "moaUrl", "model", "signedOn", "signedRaw", "updatedAt", "version") SELECT "addendumUrl", "agencyId", "createdAt", "expiresCitationId", "expiresOn", "firstListedOn", "flags", "id", "lastListedOn", "moaFile", "moaUrl", "model", "signedOn", "signedRaw", "updatedAt", "version" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE INDEX "Agreement_agencyId_model_idx" ON "Agreement"("agencyId", "model");
CREATE INDEX "Agreement_model_idx" ON "Agreement"("model");
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");
CREATE TABLE "new_ListEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceListId" INTEGER NOT NULL,
    "versionId" INTEGER,
    "rowNumber" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "agreementId" INTEGER,
    "model" TEXT NOT NULL,
    "stateRaw" TEXT NOT NULL,
    "agencyRaw" TEXT NOT NULL,
    "typeRaw" TEXT,
    "countyRaw" TEXT,
    "modelRaw" TEXT NOT NULL,
    "signedRaw" TEXT,
    "signedOn" TEXT,
    "moaText" TEXT,
    "moaUrl" TEXT,
    "addendumText" TEXT,
    "addendumUrl" TEXT,
    "flags" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "ListEntry_sourceListId_fkey" FOREIGN KEY ("sourceListId") REFERENCES "SourceList" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ListEntry_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ListVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ListEntry_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ListEntry_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ListEntry" ("addendumText", "addendumUrl", "agencyId", "agencyRaw", "agreementId", "countyRaw", "flags", "id", "moaText", "moaUrl", "model", "modelRaw", "rowNumber", "signedOn", "signedRaw", "sourceListId", "stateRaw", "typeRaw") SELECT "addendumText", "addendumUrl", "agencyId", "agencyRaw", "agreementId", "countyRaw", "flags", "id", "moaText", "moaUrl", "model", "modelRaw", "rowNumber", "signedOn", "signedRaw", "sourceListId", "stateRaw", "typeRaw" FROM "ListEntry";
DROP TABLE "ListEntry";
ALTER TABLE "new_ListEntry" RENAME TO "ListEntry";
CREATE INDEX "ListEntry_agreementId_idx" ON "ListEntry"("agreementId");
CREATE INDEX "ListEntry_agencyId_idx" ON "ListEntry"("agencyId");
CREATE INDEX "ListEntry_versionId_agreementId_idx" ON "ListEntry"("versionId", "agreementId");
CREATE UNIQUE INDEX "ListEntry_sourceListId_rowNumber_key" ON "ListEntry"("sourceListId", "rowNumber");
CREATE TABLE "new_SourceList" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "dayOrder" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "versionId" INTEGER,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "rowCount" INTEGER NOT NULL,
    "caption" TEXT,
    "sourceUrl" TEXT,
    "capturedOn" TEXT,
    "provenance" TEXT,
    "content" BLOB,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,
    CONSTRAINT "SourceList_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ListVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SourceList" ("asOf", "caption", "capturedOn", "content", "fileName", "id", "importedAt", "importedBy", "kind", "provenance", "rowCount", "sha256", "sourceUrl") SELECT "asOf", "caption", "capturedOn", "content", "fileName", "id", "importedAt", "importedBy", "kind", "provenance", "rowCount", "sha256", "sourceUrl" FROM "SourceList";
DROP TABLE "SourceList";
ALTER TABLE "new_SourceList" RENAME TO "SourceList";
CREATE INDEX "SourceList_kind_asOf_idx" ON "SourceList"("kind", "asOf");
CREATE INDEX "SourceList_sha256_idx" ON "SourceList"("sha256");
CREATE INDEX "SourceList_versionId_idx" ON "SourceList"("versionId");
CREATE UNIQUE INDEX "SourceList_kind_asOf_sha256_key" ON "SourceList"("kind", "asOf", "sha256");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ListVersion_kind_contentHash_key" ON "ListVersion"("kind", "contentHash");

-- CreateIndex
CREATE INDEX "PresenceInterval_agreementId_idx" ON "PresenceInterval"("agreementId");

-- CreateIndex
CREATE INDEX "PresenceInterval_series_startOn_endOn_idx" ON "PresenceInterval"("series", "startOn", "endOn");

-- CreateIndex
CREATE INDEX "MergeCandidate_status_idx" ON "MergeCandidate"("status");

-- CreateIndex
CREATE UNIQUE INDEX "MergeCandidate_fromAgencyId_intoAgencyId_key" ON "MergeCandidate"("fromAgencyId", "intoAgencyId");

-- Existing databases: each list already held becomes a version of its own (its rows were stored with it);
-- presence intervals are rebuilt from them by `npm start` (scripts/start.mjs runs the lifecycle rebuild when they are missing).
INSERT INTO "ListVersion" ("kind", "contentHash", "rowCount", "byModel", "agreements")
SELECT "kind", 'legacy:' || "sha256" || ':' || "id", "rowCount", '{}', "rowCount" FROM "SourceList";
UPDATE "SourceList" SET "versionId" = (SELECT v."id" FROM "ListVersion" v WHERE v."contentHash" = 'legacy:' || "SourceList"."sha256" || ':' || "SourceList"."id");
UPDATE "ListEntry" SET "versionId" = (SELECT s."versionId" FROM "SourceList" s WHERE s."id" = "ListEntry"."sourceListId");
