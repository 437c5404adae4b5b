import { expectArgument, expectText } from "@linli/core";
import { ImportError } from "../errors.js";
import type { TextEncodingName } from "./detect.js";
import { LineEncodingScan } from "./mixed.js";

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Decode a byte stream to text chunks, strictly: bytes that are not valid in `encoding`
 * give an `encoding.undecodable` error rather than replacement characters. A byte-order
 * mark is dropped. When the encoding was guessed as UTF-8 from a sample that was plain
 * ASCII and later bytes are GB18030, decoding switches to GB18030 (ASCII reads the same in
 * both).
 *
 * @example
 * ```ts
 * import { decodeText } from "@linli/adapters";
 * async function* bytes() { yield new Uint8Array([0xef, 0xbb, 0xbf, 0x41]); }
 * for await (const text of decodeText(bytes(), "utf-8", "a.csv")) console.log(text); // "A"
 * ```
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
  file: string,
  options: { guessed?: boolean } = {},
): AsyncGenerator<string> {
  expectArgument("decodeText", "chunks", "object", chunks);
  expectText("decodeText", "encoding", encoding);
  expectText("decodeText", "file", file);
  expectArgument("decodeText", "options", "options", options);
  let decoder = new TextDecoder(encoding, { fatal: true });
  let current = encoding;
  let offset = 0;
  let asciiSoFar = options.guessed === true && encoding === "utf-8";
  // Bytes a UTF-8 decoder may hold back at the end of a chunk, re-read on a switch.
  let held: Uint8Array = new Uint8Array(0);
  // A guess made from the first bytes holds for the rest only if no line disagrees.
  const scan =
    options.guessed === true && encoding !== "utf-16le" && encoding !== "utf-16be"
      ? new LineEncodingScan()
      : undefined;
  for await (const chunk of chunks) {
    const mixed = scan?.push(chunk);
    if (mixed) throw new ImportError("encoding.mixed", { file, line: mixed.line });
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      if (!asciiSoFar) throw new ImportError("encoding.undecodable", { file, offset, encoding });
      decoder = new TextDecoder("gb18030", { fatal: true });
      current = "gb18030";
      asciiSoFar = false;
      const joined = new Uint8Array(held.length + chunk.length);
      joined.set(held);
      joined.set(chunk, held.length);
      try {
        text = decoder.decode(joined, { stream: true });
      } catch {
        throw new ImportError("encoding.undecodable", { file, offset, encoding: current });
      }
    }
    if (asciiSoFar && NON_ASCII.test(text)) asciiSoFar = false;
    if (asciiSoFar) held = trailingHigh(chunk);
    offset += chunk.length;
    if (text.length > 0) yield text;
  }
  const mixed = scan?.end();
  if (mixed) throw new ImportError("encoding.mixed", { file, line: mixed.line });
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ImportError("encoding.undecodable", { file, offset, encoding: current });
  }
  if (tail.length > 0) yield tail;
}

function trailingHigh(chunk: Uint8Array): Uint8Array {
  let i = chunk.length;
  while (i > 0 && chunk.length - i < 3 && chunk[i - 1]! >= 0x80) i--;
  return chunk.slice(i);
}
