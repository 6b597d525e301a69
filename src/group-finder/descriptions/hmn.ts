// The bundled groups' descriptions in hmn, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "Lub network loj tshaj plaws hauv Teb Chaws Meskas uas cov hluas tsiv teb tsaws chaw coj. Khiav xov tooj MigraWatch los qhia txog kev tuaj ntes neeg thiab nrhiav kev pab, cov ntawv qhia Paub koj txoj cai, thiab cov ntaub ntawv DACA; muaj pab pawg hauv zos thoob teb chaws.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Daim ntawv teev cov chaw pab cai lij choj tsiv teb tsaws chaw uas tsis ua lag luam hauv txhua lub xeev, nrhiav tau raws ZIP code, hom lus thiab hom kev pab.",
  "Catholic Legal Immigration Network (CLINIC)": "Ib lub network hauv teb chaws ntawm cov kev pab cai lij choj tsiv teb tsaws chaw uas tsis ua lag luam; nws daim ntawv teev qhia cov kev pab ze koj.",
  "Informed Immigrant": "Cov ntawv qhia Paub koj txoj cai thiab daim ntawv teev kev txhawb hauv zos rau cov neeg tsiv teb tsaws chaw thiab lawv tsev neeg.",
  "National Immigration Law Center": "Tiv thaiv thiab thawb cov cai ntawm cov neeg tsiv teb tsaws chaw uas tau nyiaj tsawg los ntawm kev foob, kev ua hauj lwm txog txoj cai thiab cov ntaub ntawv Paub koj txoj cai. Tsis txais rooj plaub ib leeg.",
  "Immigrant Legal Resource Center": "Qhia thiab txhawb cov kws lij choj, cov neeg ua hauj lwm cai lij choj thiab cov neeg tawm suab, thiab tshaj tawm cov ntaub ntawv Paub koj txoj cai xws li cov npav liab. Tsis txais rooj plaub ib leeg.",
  "Freedom for Immigrants": "Ib lub network hauv teb chaws ntawm cov neeg pab dawb uas mus saib cov neeg raug kaw vim tsiv teb tsaws chaw, thiab ib tus xov tooj pab rau cov neeg raug kaw.",
  "National Bail Fund Network (Community Justice Exchange)": "Ib lub network ntawm cov nyiaj pab bail thiab bond tsiv teb tsaws chaw hauv zej zog, uas Community Justice Exchange tuav; nws daim ntawv teev cov nyiaj pab raws xeev.",
  "UndocuBlack Network": "Ib lub network ntau tiam neeg ntawm cov neeg dub uas tam sim no los sis yav tas los tsis muaj ntaub ntawv, ua hauj lwm rau lawv txoj cai thiab kev noj qab haus huv.",
  "Black Alliance for Just Immigration": "Koom cov zej zog African American thiab cov neeg dub tsiv teb tsaws chaw ua ke rau kev ncaj ncees ntawm haiv neeg thiab cov cai ntawm cov neeg tsiv teb tsaws chaw.",
  "Mijente": "Ib lub chaw koom tes Latinx thiab Chicanx hauv teb chaws; tawm tsam kev xa tawm teb chaws thiab kev kaw neeg, muaj cov tswv cuab hauv zos thoob teb chaws.",
  "Church World Service": "Ib lub koom haum pab tib neeg ntawm kev ntseeg. Tsoom fwv Meskas tau txiav nws cov kev pom zoo txais neeg tawg rog xyoo 2025; CWS tseem pab cov neeg tawg rog thiab cov neeg tsiv teb tsaws chaw uas twb nyob ntawm no lawm, suav nrog kev pab cai lij choj tsiv teb tsaws chaw hauv qee lub chaw ua hauj lwm hauv Meskas.",
  "HIAS": "Ib lub koom haum pab tib neeg ntawm cov neeg Yudai uas tiv thaiv cov neeg tawg rog thiab cov neeg thov chaw nkaum. Kev txais neeg tawg rog tuaj Meskas raug nres xyoo 2025; HIAS tseem muab kev pab cai lij choj thiab ua hauj lwm nrog cov koom tes hauv zos.",
  "RAICES": "Lub Chaw Kawm Ntawv thiab Kev Pab Cai Lij Choj rau Neeg Tawg Rog thiab Neeg Tsiv Teb Tsaws Chaw: kev pab cai lij choj tsiv teb tsaws chaw dawb thiab pheej yig hauv Texas, thiab kev pab bond rau cov neeg raug kaw.",
} as Record<string, string>;
