/**
 * SHA-256 of text as lower-case hex (F32: the catalogue ships each definition's canonical JSON and its
 * SHA-256). Text is hashed as UTF-8. Uses @noble/hashes, so it runs in browsers too.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * The SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * sha256Hex(canonicalJson({ id: "x" })); // the hash of '{"id":"x"}'
 * ```
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
