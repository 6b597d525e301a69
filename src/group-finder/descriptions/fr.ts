// The bundled groups' descriptions in fr, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "Le plus grand réseau des États-Unis dirigé par de jeunes immigrants. Gère la ligne MigraWatch pour signaler les descentes de l’immigration et obtenir de l’aide, des guides « Connaissez vos droits » et des ressources sur le DACA ; des groupes locaux dans tout le pays.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Annuaire consultable des services juridiques à but non lucratif en matière d’immigration dans chaque État, par code postal, langue et type d’aide.",
  "Catholic Legal Immigration Network (CLINIC)": "Un réseau national de programmes juridiques d’immigration affiliés, à but non lucratif ; son annuaire des membres indique les programmes près de chez vous.",
  "Informed Immigrant": "Des guides « Connaissez vos droits » et un annuaire des soutiens locaux pour les immigrants et leurs familles.",
  "National Immigration Law Center": "Défend et fait progresser les droits des immigrants à faibles revenus par des actions en justice, un travail sur les politiques publiques et des documents « Connaissez vos droits ». Ne prend pas de dossiers individuels.",
  "Immigrant Legal Resource Center": "Forme et soutient avocats, juristes et militants, et publie des documents « Connaissez vos droits » comme les cartes rouges. Ne prend pas de dossiers individuels.",
  "Freedom for Immigrants": "Un réseau national de programmes de bénévoles qui rendent visite aux personnes en détention pour immigration, et une ligne téléphonique pour les personnes détenues.",
  "National Bail Fund Network (Community Justice Exchange)": "Un réseau de fonds communautaires de caution, pénale et d’immigration, hébergé par le Community Justice Exchange ; son annuaire classe les fonds par État.",
  "UndocuBlack Network": "Un réseau intergénérationnel de personnes noires sans papiers ou qui l’ont été, qui agit pour leurs droits et leur bien-être.",
  "Black Alliance for Just Immigration": "Organise les communautés afro-américaines et immigrées noires pour la justice raciale et les droits des migrants.",
  "Mijente": "Un pôle national d’organisation latinx et chicanx ; fait campagne contre les expulsions et la détention, avec des membres locaux dans tout le pays.",
  "Church World Service": "Une organisation humanitaire confessionnelle. Le gouvernement américain a mis fin à ses accords de réinstallation des réfugiés en 2025 ; CWS aide toujours les réfugiés et les immigrants déjà présents, y compris par des services juridiques en matière d’immigration dans certains de ses bureaux aux États-Unis.",
  "HIAS": "Une organisation humanitaire juive qui protège les réfugiés et les demandeurs d’asile. La réinstallation des réfugiés aux États-Unis a été suspendue en 2025 ; HIAS offre toujours une aide juridique et travaille avec des partenaires locaux.",
  "RAICES": "Le Centre d’éducation et de services juridiques pour les réfugiés et les immigrants : services juridiques d’immigration gratuits ou à faible coût au Texas, et aide au paiement des cautions pour les personnes détenues.",
} as Record<string, string>;
