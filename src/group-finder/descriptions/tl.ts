// The bundled groups' descriptions in tl, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "Ang pinakamalaking network sa Estados Unidos na pinamumunuan ng mga kabataang imigrante. Pinapatakbo nito ang MigraWatch hotline para mag-report ng mga immigration raid at humingi ng tulong, mga gabay na “Alamin ang inyong mga karapatan”, at mga resource tungkol sa DACA; may mga lokal na grupo sa buong bansa.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Direktoryong mahahanapan ng mga nonprofit na serbisyong legal sa imigrasyon sa bawat estado, ayon sa ZIP code, wika at uri ng tulong.",
  "Catholic Legal Immigration Network (CLINIC)": "Pambansang network ng mga kaanib na nonprofit na programang legal sa imigrasyon; nakalista sa direktoryo ng mga kaanib nito ang mga programang malapit sa inyo.",
  "Informed Immigrant": "Mga gabay na “Alamin ang inyong mga karapatan” at direktoryo ng lokal na suporta para sa mga imigrante at kanilang pamilya.",
  "National Immigration Law Center": "Ipinagtatanggol at isinusulong ang mga karapatan ng mga imigranteng mababa ang kita sa pamamagitan ng mga kaso sa korte, gawaing pampatakaran at mga materyales na “Alamin ang inyong mga karapatan”. Hindi tumatanggap ng indibidwal na kaso.",
  "Immigrant Legal Resource Center": "Nagsasanay at sumusuporta sa mga abogado, legal worker at tagapagtaguyod, at naglalathala ng mga materyales na “Alamin ang inyong mga karapatan” tulad ng mga red card. Hindi tumatanggap ng indibidwal na kaso.",
  "Freedom for Immigrants": "Pambansang network ng mga programa ng mga boluntaryong dumadalaw sa mga taong nasa immigration detention, at hotline para sa mga taong naka-detain.",
  "National Bail Fund Network (Community Justice Exchange)": "Network ng mga pondo ng komunidad para sa piyansa at immigration bond, na pinangangasiwaan ng Community Justice Exchange; nakalista sa direktoryo nito ang mga pondo ayon sa estado.",
  "UndocuBlack Network": "Network ng iba't ibang henerasyon ng mga Itim na kasalukuyan o dating undocumented, na kumikilos para sa kanilang mga karapatan at kapakanan.",
  "Black Alliance for Just Immigration": "Nag-oorganisa ng mga komunidad ng African American at mga Itim na imigrante para sa katarungang panlahi at mga karapatan ng mga migrante.",
  "Mijente": "Pambansang sentro ng pag-oorganisa ng mga Latinx at Chicanx; nangangampanya laban sa deportasyon at detention, na may mga lokal na miyembro sa buong bansa.",
  "Church World Service": "Isang makataong organisasyong batay sa pananampalataya. Tinapos ng gobyerno ng U.S. ang mga kasunduan nito sa refugee resettlement noong 2025; tumutulong pa rin ang CWS sa mga refugee at imigranteng narito na, kasama ang mga serbisyong legal sa imigrasyon sa ilan sa mga opisina nito sa U.S.",
  "HIAS": "Isang Jewish na makataong organisasyon na nagtatanggol sa mga refugee at naghahanap ng asylum. Itinigil ang refugee resettlement sa U.S. noong 2025; nagbibigay pa rin ang HIAS ng tulong legal at nakikipagtulungan sa mga lokal na partner.",
  "RAICES": "Ang Refugee and Immigrant Center for Education and Legal Services: libre at murang serbisyong legal sa imigrasyon sa Texas, at tulong sa bond para sa mga taong naka-detain.",
} as Record<string, string>;
