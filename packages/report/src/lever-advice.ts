import type { LocalizedText } from "@maturo/model";
import { TAKEAWAYS } from "./recommendations.js";

/**
 * What a municipality can do about each context scale of the default framework when it comes out as a
 * lever. The three scales the seed's key takeaways are about reuse that takeaway's text; the others
 * are written here from the seed's description of the scales.
 */
const ADVICE: Readonly<Record<string, LocalizedText>> = {
  "context.coercive": {
    nl: "Volg op wat bovenlokaal beleid (Vlaanderen, federaal, Europa) vraagt en plan het als kans, niet als verplichting achteraf.",
    en: "Keep track of what regional, federal and European policy asks, and plan for it as an opportunity rather than a late obligation.",
  },
  "context.mimetic": {
    nl: "Kijk wat vergelijkbare besturen digitaal doen: bezoek ze, neem over wat werkt en deel wat u zelf leerde.",
    en: "Look at what comparable local governments do digitally: visit them, adopt what works and share what you learned.",
  },
  "context.normative-citizens": {
    nl: "Vraag burgers wat ze digitaal verwachten, en laat die verwachtingen meewegen in uw plannen.",
    en: "Ask citizens what they expect digitally, and let those expectations count in your plans.",
  },
  "context.normative-businesses": {
    nl: "Ga met lokale ondernemingen in gesprek over de digitale diensten die zij van het bestuur verwachten.",
    en: "Talk with local businesses about the digital services they expect from the local government.",
  },
  "context.it-in-management": {
    nl: "Geef IT een stem in het managementteam, zodat digitale keuzes samen met de beleidskeuzes worden gemaakt.",
    en: "Give IT a voice in the management team, so digital choices are made together with policy choices.",
  },
  "context.digital-focus-management": {
    nl: "Zet digitalisering geregeld op de agenda van het managementteam en maak er iemand eindverantwoordelijk voor.",
    en: "Put digitalisation on the management team's agenda regularly and make one person accountable for it.",
  },
  "context.financial-resources": {
    nl: "Reserveer een eigen, meerjarig budget voor digitalisering en zoek subsidies en gedeelde aankopen.",
    en: "Set aside a dedicated, multi-year budget for digitalisation and look for grants and joint purchasing.",
  },
  "context.alderman-digital": {
    nl: "Wijs in het college een schepen aan die digitalisering uitdrukkelijk in zijn of haar bevoegdheden heeft.",
    en: "Appoint an alderman whose portfolio explicitly includes digitalisation.",
  },
  "context.digital-focus-mayor": {
    nl: "Betrek de burgemeester bij de digitale strategie, zodat die ook politiek gedragen is.",
    en: "Involve the mayor in the digital strategy, so it has political backing too.",
  },
  "context.consensus": {
    nl: "Zoek in de gemeenteraad een brede steun voor de digitale koers, over de partijgrenzen heen.",
    en: "Seek broad support for the digital course in the council, across party lines.",
  },
};

/** The advice that goes with a context scale as a lever; null when the framework gives none. */
export function leverAdvice(nodeId: string): LocalizedText | null {
  const takeaway = TAKEAWAYS.find((t) => t.basis.kind === "node" && t.basis.ids.includes(nodeId));
  return takeaway?.text ?? ADVICE[nodeId] ?? null;
}
