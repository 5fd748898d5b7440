/**
 * Names of real Flemish municipalities (and a few well-known former ones and sections). Invented
 * demo names are checked against this list so the demo never pretends to be a real government.
 */
const REAL = `Aalst Aalter Aarschot Aartselaar Affligem Alken Alveringem Antwerpen Anzegem Ardooie Arendonk As
Asse Assenede Avelgem Baarle-Hertog Balen Beernem Beerse Beersel Begijnendijk Bekkevoort Beringen Berlaar
Berlare Bertem Bever Beveren Bierbeek Bilzen Blankenberge Bocholt Boechout Bonheiden Boom Boortmeerbeek
Borgloon Bornem Borsbeek Boutersem Brakel Brasschaat Brecht Bredene Bree Brugge Buggenhout Damme De-Haan
De-Panne De-Pinte Deerlijk Deinze Denderleeuw Dendermonde Dentergem Dessel Destelbergen Diepenbeek Diest
Diksmuide Dilbeek Dilsen-Stokkem Drogenbos Duffel Edegem Eeklo Erpe-Mere Essen Evergem Galmaarden Gavere
Geel Geetbets Genk Gent Geraardsbergen Gingelom Gistel Glabbeek Gooik Grimbergen Grobbendonk Haacht
Haaltert Halen Halle Ham Hamme Hamont-Achel Harelbeke Hasselt Hechtel-Eksel Heers Heist-op-den-Berg
Hemiksem Herent Herentals Herenthout Herk-de-Stad Herne Herselt Herstappe Herzele Heusden-Zolder Heuvelland
Hoegaarden Hoeilaart Hoeselt Holsbeek Hooglede Hoogstraten Horebeke Houthalen-Helchteren Houthulst Hove
Huldenberg Hulshout Ichtegem Ieper Ingelmunster Izegem Jabbeke Kalmthout Kampenhout Kapelle-op-den-Bos
Kapellen Kaprijke Kasterlee Keerbergen Kinrooi Kluisbergen Knokke-Heist Koekelare Koksijde Kontich
Kortemark Kortenaken Kortenberg Kortessem Kortrijk Kraainem Kruibeke Kruisem Kuurne Laakdal Laarne Lanaken
Landen Langemark-Poelkapelle Lebbeke Lede Ledegem Lendelede Lennik Leopoldsburg Leuven Lichtervelde
Liedekerke Lier Lierde Lievegem Lille Linkebeek Lint Linter Lo-Reninge Lochristi Lokeren Lommel Londerzeel
Lovendegem Lubbeek Lummen Maarkedal Maaseik Maasmechelen Machelen Maldegem Malle Mechelen Meerhout Meise
Melle Menen Merchtem Merelbeke Merksplas Mesen Meulebeke Middelkerke Moerbeke Mol Moorslede Mortsel
Nazareth Niel Nieuwerkerken Nieuwpoort Nijlen Ninove Olen Oostende Oosterzele Oostkamp Oostrozebeke Opwijk
Oudenaarde Oudenburg Oud-Heverlee Oud-Turnhout Oudsbergen Overijse Peer Pelt Pepingen Pittem Poperinge
Putte Puurs-Sint-Amands Ranst Ravels Retie Riemst Rijkevorsel Roeselare Ronse Roosdaal Rotselaar Ruiselede
Rumst Schelle Scherpenheuvel-Zichem Schilde Schoten Sint-Genesius-Rode Sint-Gillis-Waas
Sint-Katelijne-Waver Sint-Laureins Sint-Lievens-Houtem Sint-Martens-Latem Sint-Niklaas Sint-Pieters-Leeuw
Sint-Truiden Spiere-Helkijn Stabroek Staden Steenokkerzeel Stekene Temse Ternat Tervuren Tessenderlo Tielt
Tielt-Winge Tienen Tongeren Torhout Tremelo Turnhout Veurne Vilvoorde Vleteren Voeren Vorselaar Vosselaar
Waarschoot Waasmunster Wachtebeke Waregem Wellen Wemmel Wervik Westerlo Wetteren Wevelgem
Wezembeek-Oppem Wichelen Wielsbeke Willebroek Wingene Wommelgem Wortegem-Petegem Wuustwezel Zandhoven
Zaventem Zedelgem Zele Zelzate Zemst Zoersel Zonhoven Zonnebeke Zottegem Zoutleeuw Zuienkerke Zulte
Zutendaal Zwalm Zwevegem Zwijndrecht Oostkerke Westkerke Beveren-Leie Sint-Amands Puurs Dilsen Neerpelt
Overpelt Hamont Opglabbeek Meeuwen-Gruitrode Kalmthoutse Zomergem Nevele Waarschoot Kruishoutem Zingem
Lovendegem Oosterkerke Westkapelle Lichtervelde Eksel Hechtel Zolder Heusden Molenbeek Boortmeerbeek`;

export const REAL_MUNICIPALITY_NAMES: ReadonlySet<string> = new Set(
  REAL.split(/\s+/)
    .filter((name) => name.length > 0)
    .map((name) => name.replaceAll("-", " ").toLowerCase()),
);

/** True when `name` (case- and hyphen-insensitive) is a real Flemish place name on the list. */
export function isRealMunicipalityName(name: string): boolean {
  return REAL_MUNICIPALITY_NAMES.has(name.replaceAll("-", " ").toLowerCase());
}
