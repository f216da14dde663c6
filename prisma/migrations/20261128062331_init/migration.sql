-- CreateTable
CREATE TABLE "Agency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "typeRaw" TEXT,
    "countyName" TEXT,
    "countyFips" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AgencyName" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "firstSeenOn" TEXT,
    "lastSeenOn" TEXT,
    CONSTRAINT "AgencyName_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
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
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_expiresCitationId_fkey" FOREIGN KEY ("expiresCitationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusPeriod" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "startOn" TEXT NOT NULL,
    "endOn" TEXT,
    "basisListId" INTEGER,
    CONSTRAINT "StatusPeriod_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "onDate" TEXT,
    "fromDate" TEXT,
    "toDate" TEXT,
    "reason" TEXT,
    "details" TEXT,
    "citationId" INTEGER,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "sourceListId" INTEGER,
    "rowNumber" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementEvent_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementEvent_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementEvent_sourceListId_fkey" FOREIGN KEY ("sourceListId") REFERENCES "SourceList" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceList" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "caption" TEXT,
    "sourceUrl" TEXT,
    "capturedOn" TEXT,
    "provenance" TEXT,
    "content" BLOB,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT
);

-- CreateTable
CREATE TABLE "ListEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceListId" INTEGER NOT NULL,
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
    CONSTRAINT "ListEntry_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ListEntry_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "sourceListId" INTEGER,
    "rowNumber" INTEGER,
    "title" TEXT,
    "url" TEXT,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "note" TEXT,
    CONSTRAINT "Citation_sourceListId_fkey" FOREIGN KEY ("sourceListId") REFERENCES "SourceList" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "County" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fips" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "stateFips" TEXT NOT NULL,
    "classFp" TEXT,
    "scActivatedOn" TEXT,
    "scActivationMonth" TEXT,
    "scPrecision" TEXT,
    "scEffectiveOn" TEXT,
    "scAor" TEXT,
    "scSources" TEXT,
    "scNotes" TEXT,
    "scSourceRow" INTEGER,
    "citationId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "County_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PolicyEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceName" TEXT,
    "citationId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "PolicyEvent_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CriteriaSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "preamble" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "policyEventId" INTEGER,
    CONSTRAINT "CriteriaSet_policyEventId_fkey" FOREIGN KEY ("policyEventId") REFERENCES "PolicyEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CriteriaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "setId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "parentId" INTEGER,
    "text" TEXT NOT NULL,
    CONSTRAINT "CriteriaItem_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CriteriaItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "CriteriaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "actor" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "diff" TEXT NOT NULL,
    CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorrectionSuggestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publicId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedBy" TEXT,
    "decisionReason" TEXT,
    "clientHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "success" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE INDEX "Agency_countyFips_idx" ON "Agency"("countyFips");

-- CreateIndex
CREATE INDEX "Agency_name_idx" ON "Agency"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_state_nameKey_key" ON "Agency"("state", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyName_agencyId_name_key" ON "AgencyName"("agencyId", "name");

-- CreateIndex
CREATE INDEX "Agreement_agencyId_model_idx" ON "Agreement"("agencyId", "model");

-- CreateIndex
CREATE INDEX "Agreement_model_idx" ON "Agreement"("model");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");

-- CreateIndex
CREATE INDEX "StatusPeriod_startOn_endOn_idx" ON "StatusPeriod"("startOn", "endOn");

-- CreateIndex
CREATE INDEX "StatusPeriod_state_startOn_idx" ON "StatusPeriod"("state", "startOn");

-- CreateIndex
CREATE INDEX "StatusPeriod_status_model_startOn_idx" ON "StatusPeriod"("status", "model", "startOn");

-- CreateIndex
CREATE INDEX "StatusPeriod_agreementId_idx" ON "StatusPeriod"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementEvent_agreementId_idx" ON "AgreementEvent"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementEvent_kind_onDate_idx" ON "AgreementEvent"("kind", "onDate");

-- CreateIndex
CREATE INDEX "AgreementEvent_kind_toDate_idx" ON "AgreementEvent"("kind", "toDate");

-- CreateIndex
CREATE INDEX "AgreementEvent_derived_idx" ON "AgreementEvent"("derived");

-- CreateIndex
CREATE UNIQUE INDEX "SourceList_sha256_key" ON "SourceList"("sha256");

-- CreateIndex
CREATE INDEX "SourceList_kind_asOf_idx" ON "SourceList"("kind", "asOf");

-- CreateIndex
CREATE INDEX "ListEntry_agreementId_idx" ON "ListEntry"("agreementId");

-- CreateIndex
CREATE INDEX "ListEntry_agencyId_idx" ON "ListEntry"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ListEntry_sourceListId_rowNumber_key" ON "ListEntry"("sourceListId", "rowNumber");

-- CreateIndex
CREATE INDEX "Citation_sourceListId_rowNumber_idx" ON "Citation"("sourceListId", "rowNumber");

-- CreateIndex
CREATE UNIQUE INDEX "County_fips_key" ON "County"("fips");

-- CreateIndex
CREATE INDEX "County_scEffectiveOn_idx" ON "County"("scEffectiveOn");

-- CreateIndex
CREATE INDEX "County_state_idx" ON "County"("state");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyEvent_slug_key" ON "PolicyEvent"("slug");

-- CreateIndex
CREATE INDEX "PolicyEvent_date_idx" ON "PolicyEvent"("date");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_slug_key" ON "CriteriaSet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaItem_setId_parentId_position_key" ON "CriteriaItem"("setId", "parentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditLog_recordType_recordId_idx" ON "AuditLog"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CorrectionSuggestion_publicId_key" ON "CorrectionSuggestion"("publicId");

-- CreateIndex
CREATE INDEX "CorrectionSuggestion_status_createdAt_idx" ON "CorrectionSuggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionSuggestion_clientHash_createdAt_idx" ON "CorrectionSuggestion"("clientHash", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_at_idx" ON "LoginAttempt"("key", "at");
