/** The workbench's words in Finnish, Swedish and English (the page's own words are in workbench-page.ts). */
export type Lang = "fi" | "sv" | "en";

export const WORDS = {
  read: { fi: "luettu", sv: "lästa", en: "read" },
  rejected: { fi: "hylätty", sv: "avvisade", en: "rejected" },
  excluded: { fi: "rajattu pois", sv: "uteslutna", en: "excluded" },
  inPopulation: { fi: "perusjoukossa", sv: "i populationen", en: "in the population" },
  rejections: { fi: "Hylätyt rivit", sv: "Avvisade rader", en: "Rejected rows" },
  noRejections: { fi: "Ei hylättyjä rivejä.", sv: "Inga avvisade rader.", en: "No rejected rows." },
  row: { fi: "Rivi", sv: "Rad", en: "Row" },
  field: { fi: "Kenttä", sv: "Fält", en: "Field" },
  value: { fi: "Arvo (peitetty)", sv: "Värde (maskerat)", en: "Value (masked)" },
  reason: { fi: "Syy", sv: "Orsak", en: "Reason" },
  result: { fi: "Tulos", sv: "Resultat", en: "Result" },
  downloadCsv: { fi: "Lataa CSV", sv: "Ladda ner CSV", en: "Download CSV" },
  downloadJsonStat: { fi: "Lataa JSON-stat", sv: "Ladda ner JSON-stat", en: "Download JSON-stat" },
  done: { fi: "Valmis:", sv: "Klart:", en: "Done:" },
  rows: { fi: "riviä", sv: "rader", en: "rows" },
  reading: { fi: "Luetaan tiedostoja…", sv: "Filerna läses…", en: "Reading the files…" },
  read_: { fi: "Luetaan", sv: "Läser", en: "Reading" },
  compute: { fi: "Lasketaan", sv: "Beräknar", en: "Computing" },
  yes: { fi: "kyllä", sv: "ja", en: "yes" },
  no: { fi: "ei", sv: "nej", en: "no" },
  error: { fi: "Virhe", sv: "Fel", en: "Error" },
  serve: {
    fi:
      "Avaa työpöytä verkkopalvelimen kautta (esim. npx http-server docs/site): selain ei " +
      "käynnistä Web Workeria file://-osoitteesta.",
    sv:
      "Öppna arbetsbänken via en webbserver (t.ex. npx http-server docs/site): webbläsaren " +
      "startar ingen Web Worker från en file://-adress.",
    en:
      "Open the workbench through a web server (such as npx http-server docs/site): browsers " +
      "start no Web Worker from a file:// address.",
  },
} as const;
