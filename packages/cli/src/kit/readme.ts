/**
 * The README of the conformance kit (issue 19), in Finnish and in English: what is in the kit, what an
 * implementer runs, and what to send back for `virta certify`. Plain text, no TypeScript needed.
 */

/** What the README says about its kit. */
export interface ReadmeFacts {
  edition: number;
  library: { name: string; version: string };
  cases: number;
}

/**
 * The README text of a kit.
 *
 * @example
 * ```ts
 * const text = kitReadme({ edition: 1, library: { name: "@virta/indicators", version: "0.1.0" }, cases: 238 });
 * text.includes("## Suomeksi"); // true
 * ```
 */
export function kitReadme(facts: ReadmeFacts): string {
  const release = `${facts.library.name} ${facts.library.version}`;
  return `# Vähimmäistietoindikaattorien vaatimustenmukaisuuspaketti / Conformance kit for the minimum-data indicators

Luettelon painos / catalogue edition ${facts.edition} · ${release} · ${facts.cases} tapausta / cases

## Suomeksi

Tämä paketti kertoo, laskeeko oma toteutuksesi (Java, C#, SQL, raportointityökalu…) kansalliset
indikaattorit täsmälleen samoin kuin kansallinen määrittely. TypeScriptiä ei tarvita.

**Sisältö.** \`manifest.json\` luettelee indikaattorit (tunnus, versio, määrittelyn tiiviste, F32) ja
tapaukset sekä paketin tarkistussumman (\`sha256sum -c SHA256SUMS\` tarkistaa tiedostot).
Jokainen tapaus on kansiossa \`cases/<indikaattori>/<tapaus>/\`:

- \`<käsite>.csv\`: syöttötaulut niin kuin alue ne viisi (UTF-8, pilkku, otsikkorivi; myös virheelliset
  rivit, jotka pitää hylätä).
- \`case.json\`: pyyntö (\`request\`: jakso, jaottelu \`by\`, ikäryhmät, tarkastelupäivä \`as_of\`,
  tietosuoja \`suppress\`, \`max_rejected_share\`, \`strict\`), vastaava \`virta compute\` -komentorivi
  (\`command\`), odotettu paluukoodi (\`expect.exit_code\`) ja säännöt, joita tapaus koskee, linkkeinä
  tiedostoon \`rules.md\`.
- \`expected.json\`: odotettu tulosobjekti (interfaces.md), kun paluukoodi on 0, ja \`expected.csv\`:
  samat rivit CSV-muodossa (F30).

**Mitä ajetaan.** Laske jokainen tapaus omalla toteutuksellasi sen kansion CSV-tiedostoista
\`case.json\`-tiedoston pyynnön mukaan. Kirjoita tulokset kansioon, jossa on sama rakenne:

- \`<tulokset>/<indikaattori>/<tapaus>.json\`: tulosobjekti JSONina (suositus; silloin myös
  syöttörivien tilitys ja metatiedot tarkistetaan), tai \`.csv\` (tulosrivit, F30) tai \`.jsonstat\`
  (JSON-stat 2.0, F31), joista tarkistetaan vain solut.
- \`<tulokset>/<indikaattori>/<tapaus>.exit\`: paluukoodi numerona (0, 1 tai 2). Pakollinen tapauksille,
  joiden pitää epäonnistua; muuten 0 oletetaan, kun tulostiedosto on olemassa.
- valinnainen \`<tapaus>.error\`: virhekoodi (esim. \`missing_population\`), verrataan jos annettu.

**Mitä lähetetään.** Tuloskansio. Sen tarkistaa \`virta certify --kit <paketti> --results <tulokset>
[--indicators <tunnukset tai alue>]\`, joka kirjoittaa yhteenvedon sekä JSON- ja HTML-raportin
(fi/sv/en): jokaisesta indikaattorista läpäistyt, epäonnistuneet ja puuttuvat tapaukset, ensimmäiset
eroavat solut molempine arvoineen ja säännöt (F-numerot), joita epäonnistunut tapaus koskee.
Hyväksyntä edellyttää, että kaikki väitettyjen indikaattorien tapaukset menevät läpi.

## In English

This kit tells whether your own implementation (Java, C#, SQL, a reporting tool…) computes the national
indicators exactly as the national specification does. No TypeScript is needed.

**Contents.** \`manifest.json\` lists the indicators (id, version, definition hash, F32) and the cases,
and the kit's checksum (\`sha256sum -c SHA256SUMS\` checks the files). Each case is a folder
\`cases/<indicator>/<case>/\`:

- \`<concept>.csv\`: the input tables as a region exports them (UTF-8, comma, header row; dirty rows
  included, which must be rejected).
- \`case.json\`: the request (\`request\`: period, breakdown \`by\`, age-group set, as-of date \`as_of\`,
  \`suppress\`, \`max_rejected_share\`, \`strict\`), the equivalent \`virta compute\` command line
  (\`command\`, run in the case folder), the expected exit status (\`expect.exit_code\`), and the rules the
  case covers, linked to \`rules.md\`.
- \`expected.json\`: the expected result object (interfaces.md) when the exit status is 0, and
  \`expected.csv\`: the same rows as CSV (F30).

**What to run.** Compute every case with your implementation from the CSV files of its folder, as its
\`case.json\` asks. Write the results into a folder of the same shape:

- \`<results>/<indicator>/<case>.json\`: the result object as JSON (recommended: input accounting and
  metadata are then checked too), or \`.csv\` (the result rows, F30) or \`.jsonstat\` (JSON-stat 2.0, F31),
  of which only the cells are checked.
- \`<results>/<indicator>/<case>.exit\`: the exit status as a number (0, 1 or 2). Required for the cases
  that must fail; otherwise 0 is assumed when a result file exists.
- optional \`<case>.error\`: the error code (such as \`missing_population\`), compared when given.

**What to send back.** The results folder. \`virta certify --kit <kit> --results <results>
[--indicators <ids or an area>]\` checks it and writes a terminal summary, a JSON report and an HTML
report (fi/sv/en): per indicator the cases passed, failed and missing, the first differing cells with both
values, and the rules (F-numbers) each failing case covers. Certification needs every case of the claimed
indicators to pass.

Comparison: cells, values, suppression, input accounting (rows read, rejected, excluded, in population,
and the reasons) and exit status are compared exactly; JSON numbers compare by value (F30: \`80\` equals
\`80.0\`); CSV text must be exactly as F30 prints it. Warnings are compared only where a case lists
\`warnings_include\` (each word must occur in some warning). \`rules.md\` explains every rule.
`;
}
