/**
 * The report's texts on statements phrased by meaning and on where management and staff disagree,
 * in Dutch and English; part of `reportText`. Pure data.
 */
export const disagreementText = {
  nl: {
    disagreedWith: "Oneens met: „{text}”",
    "reason_awaiting-refresh":
      "Verborgen: verschijnt zodra de cijfers de volgende keer ververst worden (na {min} nieuwe of ingetrokken antwoorden).",
    disagreementTitle: "Waar management en medewerkers verschillen",
    disagreementIntro:
      "De stellingen waarop het % positief van het management (algemeen directeur en managementteam) en dat van de medewerkers het verst uit elkaar liggen: minstens {threshold} procentpunten, met minstens {min} antwoorden in elke groep. Zulke verschillen zijn een goed begin van een gesprek.",
    disagreementNone:
      "Op geen enkele stelling verschillen management en medewerkers {threshold} procentpunten of meer ({compared} stellingen vergeleken).",
    disagreementChart: "% positief van management en medewerkers per stelling",
    conversationStarters: "Om het gesprek te openen",
    starterManagementHigher:
      "Het management is positiever dan de medewerkers over „{text}” ({points} procentpunten verschil): vraag de medewerkers wat zij in hun dagelijkse werk anders ervaren en wat er zou moeten veranderen.",
    starterStaffHigher:
      "De medewerkers zijn positiever dan het management over „{text}” ({points} procentpunten verschil): vraag de medewerkers wat er goed loopt dat het management misschien niet ziet, en hoe het daarop kan bouwen.",
    starterManagementDisagrees:
      "Het management is het vaker oneens dan de medewerkers met „{text}” ({points} procentpunten verschil): vraag de medewerkers wat zij in hun dagelijkse werk anders ervaren en wat er zou moeten veranderen.",
    starterStaffDisagrees:
      "De medewerkers zijn het vaker oneens dan het management met „{text}” ({points} procentpunten verschil): vraag de medewerkers wat er goed loopt dat het management misschien niet ziet, en hoe het daarop kan bouwen.",
  },
  en: {
    disagreedWith: "Disagreed with: “{text}”",
    "reason_awaiting-refresh":
      "Hidden: appears when the figures are next refreshed (after {min} new or withdrawn responses).",
    disagreementTitle: "Where management and staff differ",
    disagreementIntro:
      "The statements on which the % positive of management (general director and management team) and that of staff lie furthest apart: at least {threshold} percentage points, with at least {min} answers in each group. Such differences are a good start for a conversation.",
    disagreementNone:
      "Management and staff differ by {threshold} percentage points or more on no statement ({compared} statements compared).",
    disagreementChart: "% positive of management and staff per statement",
    conversationStarters: "Conversation starters",
    starterManagementHigher:
      "Management is more positive than staff about “{text}” ({points} percentage points apart): ask staff what they experience differently in their daily work and what would have to change.",
    starterStaffHigher:
      "Staff are more positive than management about “{text}” ({points} percentage points apart): ask staff what works well that management may not see, and how to build on it.",
    starterManagementDisagrees:
      "Management disagrees more often than staff with “{text}” ({points} percentage points apart): ask staff what they experience differently in their daily work and what would have to change.",
    starterStaffDisagrees:
      "Staff disagree more often than management with “{text}” ({points} percentage points apart): ask staff what works well that management may not see, and how to build on it.",
  },
} as const satisfies Record<"nl" | "en", Record<string, string>>;
