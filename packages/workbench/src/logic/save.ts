/** Offer data as a file download (the browser saves it; nothing is sent anywhere). */
export function saveFile(
  name: string,
  data: Blob | Uint8Array | string,
  type = "application/json",
) {
  const blob =
    data instanceof Blob
      ? data
      : new Blob([typeof data === "string" ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The text of a file the user picked. */
export const readText = (file: File): Promise<string> => file.text();
