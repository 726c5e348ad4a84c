/** The words of the management dashboard and the accessibility statement in Finnish, Swedish and English. */
import type { Lang } from "./html";

type Words = Record<Lang, string>;

export const DASH: Record<string, Words> = {
  dashboard: { fi: "Johdon näkymä", sv: "Ledningens översikt", en: "Management dashboard" },
  intro: {
    fi: "Saatavuuden indikaattorit kaikille 23 järjestäjälle ja koko maalle tertiaaleittain kahden vuoden ajalta.",
    sv: "Tillgänglighetsindikatorerna för alla 23 organisatörer och hela landet per tertial under två år.",
    en: "The availability indicators for all 23 organizers and the whole country by tertial over two years.",
  },
  synthetic: {
    fi:
      "Synteettinen aineisto (kansallinen generaattori), ei todellisia lukuja. Luvut luetaan " +
      "julkaisukokonaisuuksien JSON-stat-tiedostoista: pienet luvut ja solut, joista ne voisi " +
      "päätellä, on salattu (..).",
    sv:
      "Syntetiska data (den nationella generatorn), inga verkliga siffror. Siffrorna läses ur " +
      "publiceringsuppsättningarnas JSON-stat-filer: små tal och de celler som skulle röja dem är " +
      "skyddade (..).",
    en:
      "Synthetic data (the national generator), not real figures. The numbers are read from the " +
      "JSON-stat files of publication sets: small counts, and the cells that would reveal them, are " +
      "suppressed (..).",
  },
  legend: {
    fi: ".. = salattu: solun takana on 1–4 riviä (F20). – = ei rivejä.",
    sv: ".. = skyddad: 1–4 rader ligger bakom cellen (F20). – = inga rader.",
    en: ".. = suppressed: 1 to 4 rows lie behind the cell (F20). – = no rows.",
  },
  indicator: { fi: "Indikaattori", sv: "Indikator", en: "Indicator" },
  national: { fi: "Koko maa", sv: "Hela landet", en: "Whole country" },
  latest: { fi: "Viimeisin", sv: "Senaste", en: "Latest" },
  previous: { fi: "Edellinen", sv: "Föregående", en: "Previous" },
  change: { fi: "Muutos", sv: "Förändring", en: "Change" },
  difference: { fi: "Ero koko maahan", sv: "Skillnad mot hela landet", en: "Difference from whole country" },
  rank: { fi: "Sija", sv: "Placering", en: "Rank" },
  organizer: { fi: "Järjestäjä", sv: "Organisatör", en: "Organizer" },
  ranking: { fi: "Järjestys", sv: "Rangordning", en: "Ranking" },
  vsNational: {
    fi: "Järjestäjät ja koko maa",
    sv: "Organisatörerna och hela landet",
    en: "Organizers and the whole country",
  },
  timeSeries: { fi: "Aikasarja tertiaaleittain", sv: "Tidsserie per tertial", en: "Time series by tertial" },
  timeSeriesCensus: {
    fi: "Aikasarja (tilannepäivät tertiaalin lopussa)",
    sv: "Tidsserie (räknedagar vid tertialens slut)",
    en: "Time series (census dates at the end of each tertial)",
  },
  definition: { fi: "Määritelmä", sv: "Definition", en: "Definition" },
  counties: { fi: "Järjestäjien profiilit", sv: "Organisatörernas profiler", en: "Organizer profiles" },
  profile: { fi: "Profiili", sv: "Profil", en: "Profile" },
  profileIntro: {
    fi: "Kaikki indikaattorit viimeisimmältä jaksolta ja muutos edellisestä jaksosta.",
    sv: "Alla indikatorer för den senaste perioden och förändringen från föregående period.",
    en: "Every indicator for the latest period and the change from the previous period.",
  },
  period: { fi: "Jakso", sv: "Period", en: "Period" },
  files: { fi: "Julkaistut tiedostot", sv: "Publicerade filer", en: "Published files" },
  chartNational: {
    fi: "Viiva: koko maa. Pylväät järjestäjittäin, suurimmasta pienimpään.",
    sv: "Linjen: hela landet. Staplar per organisatör, från största till minsta.",
    en: "Line: the whole country. Bars by organizer, largest first.",
  },
  chartSeries: {
    fi: "Paksu viiva: koko maa; ohuet viivat: järjestäjät. Luvut taulukossa alla.",
    sv: "Tjock linje: hela landet; tunna linjer: organisatörerna. Siffrorna i tabellen nedan.",
    en: "Thick line: the whole country; thin lines: the organizers. The numbers are in the table below.",
  },
  higherBetter: {
    fi: "Järjestys suurimmasta pienimpään; suurempi ei aina ole parempi, katso määritelmä.",
    sv: "Ordning från största till minsta; större är inte alltid bättre, se definitionen.",
    en: "Ordered from largest to smallest; larger is not always better, see the definition.",
  },
  accessibility: { fi: "Saavutettavuusseloste", sv: "Tillgänglighetsutlåtande", en: "Accessibility statement" },
  skip: { fi: "Siirry sisältöön", sv: "Hoppa till innehållet", en: "Skip to content" },
  language: { fi: "Kieli", sv: "Språk", en: "Language" },
  main: { fi: "Päävalikko", sv: "Huvudmeny", en: "Main menu" },
};

/** The accessibility statement (law 306/2019, WCAG 2.1 AA) as paragraphs. */
export const ACCESSIBILITY: Record<Lang, string[]> = {
  fi: [
    "Tämä seloste koskee virta-indikaattorien sivustoa: luetteloa, johdon näkymää ja selaimen " +
      "työpöytää. Sivusto on tehty täyttämään digitaalisten palvelujen tarjoamisesta annetun " +
      "lain (306/2019) ja WCAG 2.1 -ohjeiden AA-tason vaatimukset.",
    "Sivuilla on otsikot, maamerkit (ylätunniste, navigaatio, pääsisältö, alatunniste) ja " +
      "linkki suoraan sisältöön. Kaikki toiminnot toimivat näppäimistöllä, ja kohdistus näkyy. " +
      "Tekstin ja taustan kontrasti on vähintään 4,5:1. Jokaisella kaaviolla on tekstivastine ja " +
      "sama tieto taulukkona. Leveät taulukot vierivät omassa laatikossaan, joten sivu ei vieri " +
      "sivusuunnassa 390 pikselin näytöllä. Salatut solut merkitään merkillä .. eikä pelkällä " +
      "värillä.",
    "Tunnetut puutteet: kaavioiden yksittäisiin pisteisiin ei voi siirtyä näppäimistöllä; " +
      "luvut löytyvät kaavion alla olevasta taulukosta.",
    "Palaute ja yhteydenotot: tee ilmoitus projektin issue-seurantaan. Jos et saa vastausta, " +
      "voit ilmoittaa asiasta valvontaviranomaiselle (Etelä-Suomen aluehallintovirasto, " +
      "saavutettavuusvaatimukset).",
  ],
  sv: [
    "Detta utlåtande gäller webbplatsen för virta-indikatorerna: katalogen, ledningens " +
      "översikt och arbetsbänken i webbläsaren. Webbplatsen är gjord för att uppfylla lagen om " +
      "tillhandahållande av digitala tjänster (306/2019) och nivå AA i WCAG 2.1.",
    "Sidorna har rubriker, landmärken (sidhuvud, navigering, huvudinnehåll, sidfot) och en " +
      "länk direkt till innehållet. Alla funktioner fungerar med tangentbordet och fokus syns. " +
      "Kontrasten mellan text och bakgrund är minst 4,5:1. Varje diagram har ett textalternativ " +
      "och samma uppgifter i en tabell. Breda tabeller rullar i sin egen ruta, så sidan rullar " +
      "inte i sidled på en skärm som är 390 pixlar bred. Skyddade celler märks med .. och inte " +
      "enbart med färg.",
    "Kända brister: man kan inte flytta till enskilda punkter i diagrammen med tangentbordet; " +
      "siffrorna finns i tabellen under diagrammet.",
    "Respons och kontakt: gör en anmälan i projektets ärendehantering. Om du inte får svar kan " +
      "du kontakta tillsynsmyndigheten (Regionförvaltningsverket i Södra Finland, " +
      "tillgänglighetskrav).",
  ],
  en: [
    "This statement covers the virta-indicators site: the catalogue, the management dashboard " +
      "and the workbench in the browser. The site is made to meet the Act on the Provision of " +
      "Digital Services (306/2019) and level AA of WCAG 2.1.",
    "Pages have headings, landmarks (header, navigation, main content, footer) and a link " +
      "straight to the content. Everything works with a keyboard and the focus is visible. Text " +
      "has a contrast of at least 4.5:1 against its background. Every chart has a text " +
      "alternative and the same figures in a table. Wide tables scroll inside their own box, so " +
      "a page does not scroll sideways on a 390-pixel screen. Suppressed cells are marked with " +
      ".. and not by colour alone.",
    "Known shortcomings: the single points of a chart cannot be reached with the keyboard; the " +
      "figures are in the table below the chart.",
    "Feedback and contact: file an issue in the project's issue tracker. If you get no answer, " +
      "you can contact the supervising authority (Regional State Administrative Agency for " +
      "Southern Finland, accessibility requirements).",
  ],
};
