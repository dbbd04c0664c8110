import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_legal_documents_validity" ADD VALUE 'suspended' BEFORE 'outOfForce';
  ALTER TYPE "public"."enum_legal_documents_validity_override_status" ADD VALUE 'suspended' BEFORE 'outOfForce';
  ALTER TYPE "public"."enum__legal_documents_v_version_validity" ADD VALUE 'suspended' BEFORE 'outOfForce';
  ALTER TYPE "public"."enum__legal_documents_v_version_validity_override_status" ADD VALUE 'suspended' BEFORE 'outOfForce';
  ALTER TABLE "legal_documents" ADD COLUMN "validity_expires" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_validity_expires" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The old types have no 'suspended': such rows go back to what the old code computed.
  await db.execute(sql`
  UPDATE "legal_documents" SET "validity" = 'outOfForce' WHERE "validity" = 'suspended';
  UPDATE "legal_documents" SET "validity_override_status" = 'outOfForce' WHERE "validity_override_status" = 'suspended';
  UPDATE "_legal_documents_v" SET "version_validity" = 'outOfForce' WHERE "version_validity" = 'suspended';
  UPDATE "_legal_documents_v" SET "version_validity_override_status" = 'outOfForce' WHERE "version_validity_override_status" = 'suspended';
   ALTER TABLE "legal_documents" ALTER COLUMN "validity" SET DATA TYPE text;
  DROP TYPE "public"."enum_legal_documents_validity";
  CREATE TYPE "public"."enum_legal_documents_validity" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  ALTER TABLE "legal_documents" ALTER COLUMN "validity" SET DATA TYPE "public"."enum_legal_documents_validity" USING "validity"::"public"."enum_legal_documents_validity";
  ALTER TABLE "legal_documents" ALTER COLUMN "validity_override_status" SET DATA TYPE text;
  DROP TYPE "public"."enum_legal_documents_validity_override_status";
  CREATE TYPE "public"."enum_legal_documents_validity_override_status" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  ALTER TABLE "legal_documents" ALTER COLUMN "validity_override_status" SET DATA TYPE "public"."enum_legal_documents_validity_override_status" USING "validity_override_status"::"public"."enum_legal_documents_validity_override_status";
  ALTER TABLE "_legal_documents_v" ALTER COLUMN "version_validity" SET DATA TYPE text;
  DROP TYPE "public"."enum__legal_documents_v_version_validity";
  CREATE TYPE "public"."enum__legal_documents_v_version_validity" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  ALTER TABLE "_legal_documents_v" ALTER COLUMN "version_validity" SET DATA TYPE "public"."enum__legal_documents_v_version_validity" USING "version_validity"::"public"."enum__legal_documents_v_version_validity";
  ALTER TABLE "_legal_documents_v" ALTER COLUMN "version_validity_override_status" SET DATA TYPE text;
  DROP TYPE "public"."enum__legal_documents_v_version_validity_override_status";
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_override_status" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  ALTER TABLE "_legal_documents_v" ALTER COLUMN "version_validity_override_status" SET DATA TYPE "public"."enum__legal_documents_v_version_validity_override_status" USING "version_validity_override_status"::"public"."enum__legal_documents_v_version_validity_override_status";
  ALTER TABLE "legal_documents" DROP COLUMN "validity_expires";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_validity_expires";`)
}
