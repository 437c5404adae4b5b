import { type Address, type Locale, systemLocale } from "@linli/core";

/**
 * An address as one line, from the compound down to the room (绿地世纪城3号楼2单元301), or
 * the address as written when there is no breakdown, in `lang` (default: the system
 * language). With `divisions`, the district, street and community come first.
 *
 * @example
 * ```ts
 * import { formatAddress } from "@linli/adapters";
 * formatAddress({ compound: "绿地世纪城", building: "3", unit: "2", room: "301" }, "zh-CN"); // "绿地世纪城3号楼2单元301"
 * formatAddress({ compound: "绿地世纪城", building: "3", unit: "2", room: "301" }, "en");
 * // "绿地世纪城, Building 3, Unit 2, Room 301"
 * ```
 */
export function formatAddress(
  a: Partial<Address> | undefined,
  lang: Locale = systemLocale(),
  divisions = false,
): string | undefined {
  if (!a) return undefined;
  const zh = lang === "zh-CN";
  const parts = zh
    ? [
        a.compound,
        a.building && (/^\d+[A-Za-z]?$/.test(a.building) ? `${a.building}号楼` : a.building),
        a.unit && (/^\d+$/.test(a.unit) ? `${a.unit}单元` : a.unit),
        a.room ?? (a.floor && (/^\d+$/.test(a.floor) ? `${a.floor}层` : a.floor)),
      ]
    : [
        a.compound,
        a.building && `Building ${a.building}`,
        a.unit && `Unit ${a.unit}`,
        a.room ? `Room ${a.room}` : a.floor && `Floor ${a.floor}`,
      ];
  const local = parts.filter(Boolean).join(zh ? "" : ", ");
  const line = local || a.line;
  if (!divisions) return line || undefined;
  const above = [a.district, a.street, a.community].filter(Boolean).join(zh ? "" : ", ");
  const all = [above, line].filter(Boolean).join(zh ? "" : ", ");
  return all || undefined;
}
