import type { EntityRecord, Locale } from "@linli/core";
import { SchemaForm } from "@linli/react";
import { useState } from "react";
import { Submitted } from "./submitted.js";

/** What a neighbourhood committee asks a resident; quarantine details follow the default rules. */
export const residentFields = [
  "name",
  "citizenId",
  "birthDate",
  "gender",
  "phone",
  "residencyType",
  "address.compound",
  "address.building",
  "address.unit",
  "address.room",
  "household.relationToHead",
  "household.members",
  "vulnerabilities",
  "quarantine.status",
  "quarantine.place",
  "quarantine.site",
  "quarantine.start",
  "quarantine.end",
  "notes",
];

export function ResidentForm({ locale }: { locale: Locale }) {
  const [record, setRecord] = useState<EntityRecord<"resident">>();
  return (
    <>
      <SchemaForm
        entity="resident"
        locale={locale}
        fields={residentFields}
        draft={{ key: "linli-example:resident" }}
        idPrefix="resident"
        onSubmit={setRecord}
      />
      <Submitted record={record} locale={locale} />
    </>
  );
}
