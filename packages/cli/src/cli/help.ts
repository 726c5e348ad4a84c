/**
 * The `--help` texts of `virta` and of each command, following the synopsis of interfaces.md
 * ("The command line: virta") option for option.
 */

const EXIT_CODES = `Exit codes: 0 done; 1 rejected rows under --strict, validate found rejections, too large a
rejected share, or a cell without a denominator; 2 usage error (unknown indicator, bad period or
breakdown, missing or unreadable file).`;

/** Help per command name. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  list: `Usage: virta list [--area AREA] [--json]

Lists the indicators of the national catalogue (id, kind, unit, title).

Options:
  --area AREA   only the indicators of one area (population_health, availability, …)
  --json        the entries as JSON (id, version, area, kind, unit, decimals, title, definition_hash)
  -h, --help    this text
`,
  describe: `Usage: virta describe ID [--lang fi|sv|en] [--json]

Shows one indicator: title, description, formula, unit, the concepts it reads, the periods and
breakdowns it allows, its legal basis and changelog.

Options:
  --lang fi|sv|en   language of the texts (default fi)
  --json            the whole definition and its hash as JSON
  -h, --help        this text
`,
  validate: `Usage: virta validate CONCEPT FILE [--json]
       virta validate CONCEPT --engine postgres|duckdb --db URL|FILE --table schema.table
             [--column CONCEPT.field=column …] [--row-number COLUMN] [--json]

Validates one input file against a concept model (health_care_visit, specialised_care_referral,
social_care_assessment, child_welfare_case, population, customer_feedback_answer, staff_fte, cost)
and prints a summary and the first 20 rejections (every rejection with --json). Exits 1 when any row
was rejected.

Options:
  --json       summary and every rejection as JSON
  --engine, --db, --table, --column, --row-number   validate a warehouse table instead of FILE
               (read as text in physical order, or by the --row-number column; F34)
  -h, --help   this text

FILE is CSV (comma or semicolon), JSON (array or newline-delimited: .json, .jsonl, .ndjson) or Parquet.
`,
  compute: `Usage: virta compute ID --data [CONCEPT=]FILE [--data …] --period PERIOD
             [--by DIM[,DIM…]] [--age-groups SET] [--as-of DATE]
             [--format json|csv|jsonstat] [--out FILE] [--engine memory|duckdb|postgres]
             [--strict] [--no-suppress] [--max-rejected-share F] [--lang fi|sv|en]
             [--updated DATE]
       virta compute ID --engine postgres|duckdb --db URL|FILE --table CONCEPT=schema.table [--table …]
             [--column CONCEPT.field=column …] [--row-number COLUMN] --period PERIOD [options]

Computes one indicator and writes the result (to stdout, or to --out).

Options:
  --data [CONCEPT=]FILE     an input table; CONCEPT= may be left out when the indicator reads one
                            concept; at most one file per concept, only concepts the indicator reads
  --period PERIOD           2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03, or a census date 2024-12-31
  --by DIM[,DIM…]           breakdown dimensions, in order (virta describe ID lists the allowed ones)
  --age-groups SET          sotkanet (default), statfin, five_year, elderly, care_guarantee, or a
                            custom set such as 0-17,18-64,65+
  --as-of DATE              as-of date (social-care and child-welfare indicators only; not before
                            the period end)
  --format json|csv|jsonstat   output format (default json)
  --out FILE                write the result to FILE instead of stdout
  --engine memory|duckdb|postgres   evaluation engine (default memory; postgres reads its
                            connection string from VIRTA_PG_URL or DATABASE_URL)
  --db URL|FILE             with --table: the PostgreSQL database (else VIRTA_PG_URL or DATABASE_URL),
                            or the DuckDB database file
  --table CONCEPT=TABLE     compute on an existing warehouse table (text or typed columns) instead of
                            --data files; its rows are validated exactly as a file's (F34)
  --row-number COLUMN       the column holding each row's record number (default: physical order)
  --column CONCEPT.field=COLUMN   the warehouse column of a field, when the names differ
  --strict                  stop at the first rejected row (exit 1)
  --no-suppress             turn the disclosure policy off (internal use only; never publish)
  --max-rejected-share F    the largest rejected share per table, 0…1 (default 0.5; 1 allows anything)
  --lang fi|sv|en           label language of JSON-stat output (default fi)
  --updated DATE            the JSON-stat "updated" date YYYY-MM-DD (default today in Helsinki)
  -h, --help                this text

${EXIT_CODES}
`,
  demo: `Usage: virta demo

Generates a synthetic data set for two wellbeing services counties (14 Pohjois-Karjala and
17 Pohjanmaa: a year of primary-care and oral-care visits, specialised-care referrals, social-care
assessments and child-welfare cases; the same data on every run) as CSV into a temporary folder,
computes every availability indicator with the in-memory engine by organizer and age group, and
prints one table per indicator. Suppressed cells are shown as "..".

Options:
  -h, --help   this text
`,
  sql: `Usage: virta sql ID --period PERIOD [--by DIM[,DIM…]] [--age-groups SET] [--as-of DATE]
             [--no-suppress] [--dialect duckdb|postgres|snowflake] [--table CONCEPT=TABLE …]
             [--column CONCEPT.field=COLUMN …] [--row-number COLUMN] [--inline] [--json]

Prints the SQL that computes the indicator in a warehouse on its raw tables (text or typed columns):
each concept's rows are validated first, one named CTE per step (F1-F14, F34), then the result query,
the input-accounting query and the rejections per reason — the numbers of virta compute. The tables
need a column for every field of the concept (empty where unknown).

Options:
  --period, --by, --age-groups, --as-of, --no-suppress   as for virta compute
  --dialect duckdb|postgres|snowflake   the SQL dialect (default duckdb)
  --table CONCEPT=TABLE     the warehouse table of a concept, such as health_care_visit=DW.VISITS
                            (default: a table named after the concept)
  --column CONCEPT.field=COLUMN   the warehouse column of a field, when the names differ
  --row-number COLUMN       the column holding each row's record number (F9, F34; default the
                            physical order: DuckDB rowid, PostgreSQL ctid; Snowflake needs it)
  --inline                  values written in as escaped literals: a script that runs as it is
  --json                    the queries and parameters as JSON
  -h, --help                this text
`,
  diff: `Usage: virta diff OLD NEW [--json]

Compares two editions of the catalogue (two catalogue.json files, or two installed @virta/indicators
package folders): what was added, removed and changed, whether values change (the definition hash,
F32) and the change class. Exits 1 when the new edition breaks the release rules (a changed hash
without a version bump, a new version without an A/B changelog entry).

Options:
  --json       the diff as JSON
  -h, --help   this text
`,
  compare: `Usage: virta compare ID --data [CONCEPT=]FILE [--data …] --period YEAR --sotkanet N
             [--by organizer[,sex]] [--tolerance T] [--sotkanet-url URL] [--json]
             [--age-groups SET] [--engine …] [--strict] [--no-suppress] [--max-rejected-share F]

Computes the indicator as virta compute does and puts it beside the values THL publishes in
Sotkanet for the same year, per organizer (and sex): match, mismatch, only ours, only Sotkanet.
Counts are compared with Sotkanet's absValue, shares and rates with value (F33). Exits 1 when a
cell differs by more than the tolerance.

Options:
  --sotkanet N          the Sotkanet indicator id (e.g. 127, population on 31 December)
  --tolerance T         the largest difference that still matches (default 0)
  --sotkanet-url URL    the Sotkanet REST address (default https://sotkanet.fi/rest/1.1)
  --json                the comparison as JSON
  other options         as for virta compute
  -h, --help            this text
`,
  fetch: `Usage: virta fetch population --year YEAR [--municipalities CODE[,CODE…]] [--lang fi|sv|en]
             [--out FILE] [--pxweb-url URL]

Downloads one year's population (31 December) by municipality, single year of age and sex from
Statistics Finland (StatFin table vaerak/statfin_vaerak_pxt_11re.px, PxWeb API) and writes it as a
population table (CSV: year,municipality_code,age,sex,count; totals dropped, 100- read as 100, F33).

Options:
  --year YEAR             the statistical year, such as 2023
  --municipalities CODES  only these municipalities (default: all)
  --lang fi|sv|en         the PxWeb language (default fi)
  --out FILE              write to FILE instead of stdout
  --pxweb-url URL         the PxWeb API address (default https://pxdata.stat.fi/PxWeb/api/v1)
  -h, --help              this text
`,
  publish: `Usage: virta publish ID [ID…] --period PERIOD --data [CONCEPT=]FILE [--data …] --out DIR
             [--report FILE] [--updated DATE] [--lang fi|sv|en] [--age-groups SET] [--as-of DATE]
             [--strict] [--max-rejected-share F]

Publishes the indicators as publication sets (F35): one set per population family, tables national,
organizer, organizer × age group and organizer × sex where allowed, every category present, national-1
primary suppression and complementary suppression across the set (docs/disclosure.md). Writes one CSV
and one JSON-stat 2.0 file per indicator and table and a JSON-stat collection per set into DIR, then
audits DIR by linear programming (as virta audit) and exits 1 if any suppressed cell is unprotected.

Options:
  --out DIR          the publication directory (no input accounting is written there)
  --report FILE      the internal report (rows read, rejected, excluded; the pattern) outside DIR
  --updated DATE     the JSON-stat updated date (default: today in Helsinki)
  --lang fi|sv|en    labels of the JSON-stat files (default fi)
  other options      as for virta compute
  -h, --help         this text
`,
  audit: `Usage: virta audit DIR|FILE [DIR|FILE…] [--json]

Attacks published tables (CSV and JSON-stat) as a reader could: rebuilds the sums between them and,
for every suppressed cell, computes by linear programming (HiGHS) the smallest and largest numerator,
denominator and their difference consistent with everything published (F35). Exit 1 when an interval
is narrower than 5 or the tables contradict each other.

Options:
  --json       every check with its interval, as JSON
  -h, --help   this text
`,
  kit: `Usage: virta kit --out DIR
       virta kit run --kit DIR --out DIR [--engine memory|duckdb|postgres] [--format json|csv|jsonstat]

Writes the conformance kit: for every indicator and deck case the input tables as CSV, the request
(case.json, with the equivalent virta compute command line), the expected result (expected.json) or
exit status, rules.md, a README (fi/en) and manifest.json with the catalogue edition, each
definition's hash and the kit's checksum. The same release always writes the same bytes.
"kit run" computes every case of a kit with this SDK in one process and writes the results folder
that virta certify reads (<indicator>/<case>.json, .exit, .stderr).

Options:
  --out DIR        the folder to write (a kit there is replaced)
  --kit DIR        (kit run) the kit to run
  --engine NAME    (kit run) memory (default), duckdb or postgres (VIRTA_PG_URL or DATABASE_URL)
  --format F       (kit run) json (default), csv or jsonstat: the result files to write
  -h, --help       this text
`,
  certify: `Usage: virta certify --kit DIR --results DIR [--indicators ID|AREA[,…]] [--report-dir DIR]

Compares an implementation's results with the kit, case by case: cells, values, suppression, input
accounting and exit status, exactly (JSON numbers by value, F30). Results are
<indicator>/<case>.json (the result object), .csv or .jsonstat, with <case>.exit for the exit status.
Prints a summary per indicator (passed, failed, missing; the first differing cells with both values;
the rules each failing case covers) and writes report.json and report.html (fi/sv/en) to --report-dir.
Exits 0 only when every case of the claimed indicators passes, 1 otherwise.

Options:
  --kit DIR                  the kit (virta kit --out DIR)
  --results DIR              the implementation's results
  --indicators ID|AREA[,…]   limit the claim to these indicators or areas (default: all)
  --report-dir DIR           where to write report.json and report.html (default: no files)
  -h, --help                 this text
`,
};

/** The help of `virta` itself. */
export const MAIN_HELP = `virta — Finland's national minimum-data indicators for social and health care

Usage:
  virta list [--area AREA] [--json]
  virta describe ID [--lang fi|sv|en] [--json]
  virta validate CONCEPT FILE [--json]
  virta compute ID --data [CONCEPT=]FILE [--data …] --period PERIOD
               [--by DIM[,DIM…]] [--age-groups SET] [--as-of DATE]
               [--format json|csv|jsonstat] [--out FILE] [--engine memory|duckdb|postgres]
               [--strict] [--no-suppress] [--max-rejected-share F] [--lang fi|sv|en] [--updated DATE]
  virta demo
  virta sql ID --period PERIOD [--by …] [--dialect duckdb|postgres|snowflake] [--table CONCEPT=TABLE]
  virta diff OLD NEW [--json]
  virta compare ID --data … --period YEAR --sotkanet N [--by organizer[,sex]] [--json]
  virta fetch population --year YEAR [--municipalities CODES] [--out FILE]
  virta publish ID… --period PERIOD --data … --out DIR [--report FILE] [--updated DATE] [--lang …]
  virta audit DIR [--json]
  virta kit --out DIR
  virta kit run --kit DIR --out DIR [--engine memory|duckdb|postgres]
  virta certify --kit DIR --results DIR [--indicators ID|AREA[,…]] [--report-dir DIR]

  virta COMMAND --help   shows the options of a command
  virta --version        shows the version

${EXIT_CODES}
`;
