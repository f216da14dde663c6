-- CreateTable
CREATE TABLE "FetchRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "ok" BOOLEAN NOT NULL,
    "pageUrl" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "files" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "FetchRun_ok_finishedAt_idx" ON "FetchRun"("ok", "finishedAt");
