/**
 * Finnish personal identity codes (henkilötunnus) and the masking of identifiers in messages.
 *
 * Fine-print F11: `DDMMYY` + century sign (`+ - A B C D E F Y X W V U`) + three digits + check
 * character, case-insensitive after trimming; the check character is `0123456789ABCDEFHJKLMNPRSTUVWXY`
 * at index (DDMMYYNNN mod 31); the date part is not checked and 900–999 are included. A pseudonymous
 * `id` field that holds a *valid* code is refused (`personal_identity_code`); one with a wrong check
 * character is an ordinary identifier. Identifiers are never printed unmasked: the first two characters
 * are kept and the rest replaced by `*`.
 *
 * Worked number: 131052-308T → 131052308 mod 31 = 25 → the check character at index 25 is `T`.
 */

const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
/** Century signs of F11 (upper case): `+` 1800s, `-YXWVU` 1900s, `ABCDEF` 2000s. */
const CENTURY_SIGNS = "+-ABCDEFYXWVU";

/** Char code → check-character index, or −1; built for both cases (F11: case-insensitive). */
const CHECK_INDEX = new Int8Array(128).fill(-1);
for (let index = 0; index < CHECK_CHARACTERS.length; index += 1) {
  CHECK_INDEX[CHECK_CHARACTERS.charCodeAt(index)] = index;
  CHECK_INDEX[CHECK_CHARACTERS.toLowerCase().charCodeAt(index)] = index;
}
const IS_CENTURY_SIGN = new Uint8Array(128);
for (const sign of CENTURY_SIGNS) {
  IS_CENTURY_SIGN[sign.charCodeAt(0)] = 1;
  IS_CENTURY_SIGN[sign.toLowerCase().charCodeAt(0)] = 1;
}

function isAsciiWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * Whether `text` is a valid Finnish personal identity code with the right check character (F11).
 * Surrounding ASCII white space is ignored and letters may be lower case; the date part is not
 * checked. Cheap enough to run on every `id` value: anything that is not 11 characters long (after
 * trimming) is rejected at once.
 *
 * @example
 * ```ts
 * isPersonalIdentityCode("131052-308T"); // true
 * isPersonalIdentityCode("131052a308t"); // true  (new century sign, lower case)
 * isPersonalIdentityCode("131052-308U"); // false (wrong check character: an ordinary id)
 * ```
 */
export function isPersonalIdentityCode(text: string): boolean {
  let start = 0;
  let end = text.length;
  if (end !== 11) {
    while (start < end && isAsciiWhiteSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isAsciiWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
    if (end - start !== 11) return false;
  }
  let number = 0;
  for (let index = 0; index < 6; index += 1) {
    const digit = text.charCodeAt(start + index) - 48;
    if (digit < 0 || digit > 9) return false;
    number = number * 10 + digit;
  }
  const sign = text.charCodeAt(start + 6);
  if (sign >= 128 || IS_CENTURY_SIGN[sign] !== 1) return false;
  for (let index = 7; index < 10; index += 1) {
    const digit = text.charCodeAt(start + index) - 48;
    if (digit < 0 || digit > 9) return false;
    number = number * 10 + digit;
  }
  const check = text.charCodeAt(start + 10);
  return check < 128 && CHECK_INDEX[check] === number % 31;
}

/**
 * Masks an identifier for messages (F11): the first two characters (code points) are kept and every
 * further one becomes `*`.
 *
 * @example
 * ```ts
 * maskIdentifier("131052-308T"); // "13*********"
 * maskIdentifier("v1"); // "v1"
 * ```
 */
export function maskIdentifier(text: string): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= 2) return text;
  return codePoints[0]! + codePoints[1]! + "*".repeat(codePoints.length - 2);
}

/** Candidates for F11's pattern (validity, including the check character, is tested on each). */
const CANDIDATE = /(?=(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]))/gi;

/**
 * Masks every personal-identity-code-shaped part of a text (fine-print F36: in any field, header,
 * message, listing, result or file): each 11-character run that is a valid code by F11 (pattern and
 * check character, case-insensitive) keeps its first two characters and the rest becomes `*`. Other
 * text is unchanged.
 *
 * @example
 * ```ts
 * maskIdentityCodes('row 5, field birth_date: "150665X4560" is not a date');
 * // 'row 5, field birth_date: "15*********" is not a date'
 * maskIdentityCodes("131052-308U"); // "131052-308U" (wrong check character: not a code)
 * ```
 */
export function maskIdentityCodes(text: string): string {
  if (text.length < 11) return text;
  let out = "";
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const index = match.index;
    if (index < from || !isPersonalIdentityCode(match[1]!)) {
      CANDIDATE.lastIndex = index + 1;
      continue;
    }
    out += text.slice(from, index) + text.slice(index, index + 2) + "*********";
    from = index + 11;
    CANDIDATE.lastIndex = from;
  }
  return from === 0 ? text : out + text.slice(from);
}
