/** The local police of each demo city, named as the city names it (others get an English name). */
export const LOCAL_POLICE_NAMES: Readonly<Record<string, string>> = {
  nice: 'Police municipale de Nice',
  liege: 'Police locale de Liège',
  madrid: 'Policía Municipal de Madrid',
  turin: 'Polizia Locale di Torino',
  bologna: 'Polizia Locale di Bologna',
  bratislava: 'Mestská polícia Bratislava',
  'safe-brussels': 'Police locale de Bruxelles-Capitale Ixelles',
  'budapest-7': 'Erzsébetvárosi Közterület-felügyelet',
  gdansk: 'Straż Miejska w Gdańsku',
  'kordelio-evosmos': 'Dimotiki Astynomia Kordeliou-Evosmou',
  lisbon: 'Polícia Municipal de Lisboa',
  riga: 'Rīgas pašvaldības policija',
  tallinn: 'Tallinna Munitsipaalpolitsei Amet',
  vilnius: 'Vilniaus miesto savivaldybės viešosios tvarkos skyrius',
  xabia: 'Policia Local de Xàbia',
};
