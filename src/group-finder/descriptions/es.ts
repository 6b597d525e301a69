// The bundled groups' descriptions in es, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "La mayor red de jóvenes inmigrantes dirigida por ellos mismos en Estados Unidos. Opera la línea MigraWatch para reportar redadas de inmigración y pedir ayuda, guías “Conozca sus derechos” y recursos sobre DACA; tiene grupos locales en todo el país.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Directorio con buscador de servicios legales de inmigración sin fines de lucro en todos los estados, por código postal, idioma y tipo de ayuda.",
  "Catholic Legal Immigration Network (CLINIC)": "Una red nacional de programas legales de inmigración sin fines de lucro afiliados; su directorio de afiliados muestra los programas cerca de usted.",
  "Informed Immigrant": "Guías “Conozca sus derechos” y un directorio de apoyo local para inmigrantes y sus familias.",
  "National Immigration Law Center": "Defiende y promueve los derechos de los inmigrantes de bajos ingresos mediante litigios, trabajo en políticas públicas y materiales “Conozca sus derechos”. No lleva casos individuales.",
  "Immigrant Legal Resource Center": "Capacita y apoya a abogados, trabajadores legales y defensores, y publica materiales “Conozca sus derechos” como las tarjetas rojas. No lleva casos individuales.",
  "Freedom for Immigrants": "Una red nacional de programas de voluntarios que visitan a personas en detención migratoria, y una línea telefónica para personas detenidas.",
  "National Bail Fund Network (Community Justice Exchange)": "Una red de fondos comunitarios para fianzas penales y de inmigración, a cargo de Community Justice Exchange; su directorio muestra los fondos por estado.",
  "UndocuBlack Network": "Una red multigeneracional de personas negras que son o fueron indocumentadas, que trabaja por sus derechos y su bienestar.",
  "Black Alliance for Just Immigration": "Organiza a comunidades afroestadounidenses y de inmigrantes negros por la justicia racial y los derechos de los migrantes.",
  "Mijente": "Un centro nacional de organización latinx y chicanx; hace campañas contra las deportaciones y la detención, con miembros locales en todo el país.",
  "Church World Service": "Una organización humanitaria de fe. En 2025 el gobierno de EE. UU. puso fin a sus acuerdos de reasentamiento de refugiados; CWS sigue ayudando a refugiados e inmigrantes que ya están aquí, incluso con servicios legales de inmigración en algunas de sus oficinas en EE. UU.",
  "HIAS": "Una organización humanitaria judía que protege a refugiados y solicitantes de asilo. El reasentamiento de refugiados en EE. UU. se detuvo en 2025; HIAS sigue ofreciendo ayuda legal y trabaja con socios locales.",
  "RAICES": "Centro para Refugiados e Inmigrantes de Educación y Servicios Legales: servicios legales de inmigración gratuitos y de bajo costo en Texas, y ayuda con fianzas para personas detenidas.",
} as Record<string, string>;
