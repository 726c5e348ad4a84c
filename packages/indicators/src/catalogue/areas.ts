/**
 * The areas of the minimum data (indicators.md, "Areas"): the eight minimum-data areas plus staff
 * resources and customer feedback. Areas without a public national definition yet (`service_need`,
 * `quality`, `equality`, `coordination`) are listed with no indicators: see docs/adding-an-indicator.md
 * for how a national indicator is added and reviewed. None is invented here.
 */
import type { LocalizedText } from "@virta/core";

export interface Area {
  id: string;
  name: LocalizedText;
}

export const AREAS: readonly Area[] = [
  {
    id: "population_health",
    name: {
      fi: "Väestön hyvinvointi ja terveys",
      sv: "Befolkningens välfärd och hälsa",
      en: "Population wellbeing and health",
    },
  },
  { id: "service_need", name: { fi: "Palvelutarve", sv: "Servicebehov", en: "Need for services" } },
  { id: "availability", name: { fi: "Saatavuus", sv: "Tillgång", en: "Availability" } },
  { id: "quality", name: { fi: "Laatu", sv: "Kvalitet", en: "Quality" } },
  { id: "costs", name: { fi: "Kustannukset", sv: "Kostnader", en: "Costs" } },
  { id: "productivity", name: { fi: "Tuottavuus", sv: "Produktivitet", en: "Productivity" } },
  { id: "equality", name: { fi: "Yhdenvertaisuus", sv: "Likabehandling", en: "Equality" } },
  { id: "coordination", name: { fi: "Yhteensovittaminen", sv: "Samordning", en: "Coordination of services" } },
  { id: "staff", name: { fi: "Henkilöstövoimavarat", sv: "Personalresurser", en: "Staff resources" } },
  { id: "customer_experience", name: { fi: "Asiakaspalaute", sv: "Kundrespons", en: "Customer feedback" } },
];
