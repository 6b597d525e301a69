// The bundled groups' descriptions in ht, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "Pi gwo rezo jèn imigran ki dirije l nan Etazini. Li gen liy MigraWatch pou rapòte desant imigrasyon epi jwenn èd, gid “Konnen dwa ou”, ak resous sou DACA; gen gwoup lokal toupatou nan peyi a.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Yon anyè ou ka fè rechèch ladan l pou sèvis legal imigrasyon san bi likratif nan chak eta, dapre kòd postal (ZIP), lang ak kalite èd.",
  "Catholic Legal Immigration Network (CLINIC)": "Yon rezo nasyonal pwogram legal imigrasyon san bi likratif ki afilye; anyè afilye li yo bay lis pwogram ki toupre w.",
  "Informed Immigrant": "Gid “Konnen dwa ou” ak yon anyè sipò lokal pou imigran ak fanmi yo.",
  "National Immigration Law Center": "Li defann epi fè avanse dwa imigran ki gen ti revni atravè pwosè, travay sou politik ak materyèl “Konnen dwa ou”. Li pa pran ka endividyèl.",
  "Immigrant Legal Resource Center": "Li fòme epi sipòte avoka, travayè legal ak defansè, epi li pibliye materyèl “Konnen dwa ou” tankou kat wouj yo. Li pa pran ka endividyèl.",
  "Freedom for Immigrants": "Yon rezo nasyonal pwogram volontè ki vizite moun ki nan detansyon imigrasyon, ak yon liy pou moun ki kenbe.",
  "National Bail Fund Network (Community Justice Exchange)": "Yon rezo fon kominotè pou peye kosyon, tankou kosyon imigrasyon, ke Community Justice Exchange jere; anyè li bay lis fon yo pa eta.",
  "UndocuBlack Network": "Yon rezo plizyè jenerasyon moun Nwa ki san papye kounye a oswa ki te konn san papye, k ap travay pou dwa yo ak byennèt yo.",
  "Black Alliance for Just Immigration": "Li òganize kominote Afro-Ameriken ak imigran Nwa pou jistis rasyal ak dwa migran.",
  "Mijente": "Yon sant nasyonal òganizasyon pou Latinx ak Chicanx; li fè kanpay kont depòtasyon ak detansyon, ak manm lokal toupatou nan peyi a.",
  "Church World Service": "Yon òganizasyon imanitè relijye. Gouvènman Etazini te mete fen nan akò enstalasyon refijye li te genyen avè l an 2025; CWS toujou ede refijye ak imigran ki deja la, ak sèvis legal imigrasyon nan kèk nan biwo li yo nan Etazini.",
  "HIAS": "Yon òganizasyon imanitè jwif ki pwoteje refijye ak moun k ap mande azil. Enstalasyon refijye nan Etazini te kanpe an 2025; HIAS toujou ofri èd legal epi li travay ak patnè lokal.",
  "RAICES": "Sant pou Refijye ak Imigran pou Edikasyon ak Sèvis Legal: sèvis legal imigrasyon gratis oswa bon mache nan Texas, ak èd pou kosyon pou moun ki nan detansyon.",
} as Record<string, string>;
