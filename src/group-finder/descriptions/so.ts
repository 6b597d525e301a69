// The bundled groups' descriptions in so, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "Shabakadda ugu weyn Maraykanka ee ay hoggaamiyaan dhallinyarada soo-galootigu. Waxay maamushaa khadka MigraWatch si loo soo sheego hawlgallada socdaalka oo caawimaad loo helo, hagayaasha «Ogow xuquuqdaada» iyo agabka DACA; kooxo deegaan oo dalka oo dhan ah.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Buug-tilmaameed laga raadin karo oo ah adeegyada sharci ee socdaalka ee aan macaash doonka ahayn gobol kasta, koodhka ZIP, luqadda iyo nooca caawimaadda.",
  "Catholic Legal Immigration Network (CLINIC)": "Shabakad qaran oo ka kooban barnaamijyo sharci oo socdaal ah oo aan macaash doon ahayn; buug-tilmaameedkeedu wuxuu liis gareeyaa barnaamijyada kuu dhow.",
  "Informed Immigrant": "Hagayaasha «Ogow xuquuqdaada» iyo buug-tilmaameed taageerada deegaanka ee soo-galootiga iyo qoysaskooda.",
  "National Immigration Law Center": "Wuxuu difaacaa oo horumariyaa xuquuqda soo-galootiga dakhligoodu yar yahay isaga oo adeegsanaya dacwado, shaqo siyaasadeed iyo agabka «Ogow xuquuqdaada». Ma qaato kiisas shakhsi ah.",
  "Immigrant Legal Resource Center": "Wuxuu tababaraa oo taageeraa qareennada, shaqaalaha sharciga iyo u-doodayaasha, wuxuuna daabacaa agabka «Ogow xuquuqdaada» sida kaararka cas. Ma qaato kiisas shakhsi ah.",
  "Freedom for Immigrants": "Shabakad qaran oo barnaamijyo mutadawiciin ah oo booqda dadka ku jira xabsiga socdaalka, iyo khad gargaar oo loogu talagalay dadka la xiray.",
  "National Bail Fund Network (Community Justice Exchange)": "Shabakad sanaadiiq bulsho oo damiinta iyo damiinta socdaalka bixisa, oo ay martigeliso Community Justice Exchange; buug-tilmaameedkeedu wuxuu sanaadiiqda u kala saaraa gobol gobol.",
  "UndocuBlack Network": "Shabakad jiilal badan oo ah dad madow oo hadda ama horay u ahaa kuwo aan waraaqo haysan, oo u shaqeeya xuquuqdooda iyo wanaaggooda.",
  "Black Alliance for Just Immigration": "Wuxuu abaabulaa bulshooyinka Afrikaan Maraykanka ah iyo soo-galootiga madow si loo helo caddaalad jinsiyadeed iyo xuquuqda muhaajiriinta.",
  "Mijente": "Xarun qaran oo abaabul Latinx iyo Chicanx ah; waxay olole ka wadaan masaafurinta iyo xarigga, waxayna xubno deegaan ku leeyihiin dalka oo dhan.",
  "Church World Service": "Urur samafal oo diini ah. Dowladda Maraykanku waxay joojisay heshiisyadii dejinta qaxootiga 2025; CWS weli waxay caawisaa qaxootiga iyo soo-galootiga horeba halkan u joogay, oo ay ku jiraan adeegyo sharci oo socdaal ah qaar ka mid ah xafiisyadeeda Maraykanka.",
  "HIAS": "Urur samafal oo Yuhuudi ah oo ilaaliya qaxootiga iyo magangalyo-doonka. Dejinta qaxootiga ee Maraykanka waa la joojiyay 2025; HIAS weli waxay bixisaa caawimaad sharci waxayna la shaqaysaa saaxiibo deegaan.",
  "RAICES": "Xarunta Waxbarashada iyo Adeegyada Sharciga ee Qaxootiga iyo Soo-galootiga: adeegyo sharci oo socdaal ah oo bilaash ah ama qiimo jaban ah oo Texas ah, iyo caawimaad damiin oo loogu talagalay dadka xabsiga ku jira.",
} as Record<string, string>;
