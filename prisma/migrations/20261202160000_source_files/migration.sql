-- CreateTable
CREATE TABLE "SourceFile" (
    "listId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "content" BLOB NOT NULL,
    CONSTRAINT "SourceFile_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SourceList" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Move each capture's original file out of SourceList, byte for byte.
INSERT INTO "SourceFile" ("listId", "content") SELECT "id", "content" FROM "SourceList" WHERE "content" IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,
    CONSTRAINT "SourceList_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ListVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SourceList" ("asOf", "caption", "capturedOn", "dayOrder", "fileName", "id", "importedAt", "importedBy", "kind", "provenance", "rowCount", "sha256", "sourceUrl", "versionId", "warnings") SELECT "asOf", "caption", "capturedOn", "dayOrder", "fileName", "id", "importedAt", "importedBy", "kind", "provenance", "rowCount", "sha256", "sourceUrl", "versionId", "warnings" FROM "SourceList";
DROP TABLE "SourceList";
ALTER TABLE "new_SourceList" RENAME TO "SourceList";
CREATE INDEX "SourceList_kind_asOf_idx" ON "SourceList"("kind", "asOf");
CREATE INDEX "SourceList_sha256_idx" ON "SourceList"("sha256");
CREATE INDEX "SourceList_versionId_idx" ON "SourceList"("versionId");
CREATE UNIQUE INDEX "SourceList_kind_asOf_sha256_key" ON "SourceList"("kind", "asOf", "sha256");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

