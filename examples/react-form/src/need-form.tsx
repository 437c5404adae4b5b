import type { EntityRecord, Locale } from "@linli/core";
import { SchemaForm } from "@linli/react";
import { useState } from "react";
import { Submitted } from "./submitted.js";

/** A request for help; items show for requests of things, and every new request is open. */
export const needFields = [
  "requesterName",
  "phone",
  "category",
  "items",
  "description",
  "priority",
  "neededBy",
  "deliveryAddress.compound",
  "deliveryAddress.building",
  "deliveryAddress.unit",
  "deliveryAddress.room",
];

export function NeedForm({ locale }: { locale: Locale }) {
  const [record, setRecord] = useState<EntityRecord<"need">>();
  return (
    <>
      <SchemaForm
        entity="need"
        locale={locale}
        fields={needFields}
        base={{ status: "open" }}
        draft={{ key: "linli-example:need" }}
        idPrefix="need"
        onSubmit={setRecord}
      />
      <Submitted record={record} locale={locale} />
    </>
  );
}
