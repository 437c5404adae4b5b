import { DedupeOptionError } from "../errors/option-error.js";
import type { ProfileName } from "../options.js";
import type { Profile } from "../types.js";
import { dataProfile } from "./entities.js";
import { febrlProfile } from "./febrl.js";
import { locationProfile } from "./location.js";
import { organizationProfile } from "./organization.js";
import { residentProfile } from "./resident.js";
import { volunteerProfile } from "./volunteer.js";

const factories: Record<ProfileName, () => Profile> = {
  resident: residentProfile,
  volunteer: volunteerProfile,
  organization: organizationProfile,
  location: locationProfile,
  household: () => dataProfile("household"),
  need: () => dataProfile("need"),
  "supply-item": () => dataProfile("supply-item"),
  "stock-movement": () => dataProfile("stock-movement"),
  shift: () => dataProfile("shift"),
  "health-check": () => dataProfile("health-check"),
  commitment: () => dataProfile("commitment"),
  allocation: () => dataProfile("allocation"),
  "delivery-task": () => dataProfile("delivery-task"),
  "match-run": () => dataProfile("match-run"),
  febrl: febrlProfile,
};

/** A profile object, or a built-in profile by name (default "resident"). */
export function resolveProfile(profile: Profile | ProfileName | undefined): Profile {
  if (profile === undefined) return residentProfile();
  if (typeof profile !== "string") return profile;
  const make = factories[profile];
  if (!make)
    throw new DedupeOptionError("options.profile", {
      profile,
      profiles: Object.keys(factories).join(", "),
    });
  return make();
}

export { type DataProfileName, dataProfile } from "./entities.js";
export {
  type ProfileIssue,
  type ProfileParse,
  parseLinkageProfile,
} from "./json/parse.js";
export { febrlProfile, locationProfile, organizationProfile, residentProfile, volunteerProfile };
