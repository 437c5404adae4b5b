export type { PlaceRef } from "./place-names.js";
export { latinPlaces, leadingPlaces, placeShortName, within } from "./place-names.js";
