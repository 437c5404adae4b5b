// GCJ-02 (the offset system of Chinese map services) and BD-09 (Baidu) to WGS-84, which HSDS
// coordinates are in. The inverse of the published GCJ-02 offset, refined by iteration to
// well under a metre; BD-09 is first undone to GCJ-02.

const A = 6378245.0;
const EE = 0.006693421622965943;

function outOfChina(lat: number, lon: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offset(lat: number, lon: number): [number, number] {
  const x = lon - 105;
  const y = lat - 35;
  let dLat =
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
    ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  let dLon =
    300 +
    x +
    2 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
    ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  const rad = (lat / 180) * Math.PI;
  let magic = Math.sin(rad);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180) / ((A / sqrtMagic) * Math.cos(rad) * Math.PI);
  return [dLat, dLon];
}

/** WGS-84 → GCJ-02. */
export function wgsToGcj(lat: number, lon: number): [number, number] {
  if (outOfChina(lat, lon)) return [lat, lon];
  const [dLat, dLon] = offset(lat, lon);
  return [lat + dLat, lon + dLon];
}

/** GCJ-02 → WGS-84, by iterating the forward offset. */
export function gcjToWgs(lat: number, lon: number): [number, number] {
  if (outOfChina(lat, lon)) return [lat, lon];
  let wLat = lat;
  let wLon = lon;
  for (let i = 0; i < 8; i++) {
    const [gLat, gLon] = wgsToGcj(wLat, wLon);
    wLat -= gLat - lat;
    wLon -= gLon - lon;
  }
  return [wLat, wLon];
}

const X_PI = (Math.PI * 3000) / 180;

/** BD-09 → GCJ-02. */
export function bdToGcj(lat: number, lon: number): [number, number] {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return [z * Math.sin(theta), z * Math.cos(theta)];
}

/** Coordinates in any of the systems linli records to WGS-84, rounded to 6 places. */
export function toWgs84(lat: number, lon: number, crs: string | undefined): [number, number] {
  const gcj = crs === "BD-09" ? bdToGcj(lat, lon) : [lat, lon];
  const [a, b] = crs === "GCJ-02" || crs === "BD-09" ? gcjToWgs(gcj[0]!, gcj[1]!) : [lat, lon];
  return [Math.round(a * 1e6) / 1e6, Math.round(b * 1e6) / 1e6];
}
