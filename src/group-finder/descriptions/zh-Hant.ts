// The bundled groups' descriptions in zh-Hant, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "美國最大的由移民青年主導的網絡。營運 MigraWatch 熱線，用於舉報移民突襲並尋求協助；提供「了解您的權利」指南和 DACA 資源；全國各地都有在地團體。",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "可搜尋的全美各州非營利移民法律服務名錄，可依郵遞區號、語言和協助類型查詢。",
  "Catholic Legal Immigration Network (CLINIC)": "全國性的非營利移民法律計畫成員網絡；其成員名錄列出您附近的計畫。",
  "Informed Immigrant": "「了解您的權利」指南，以及為移民及其家人提供的在地支援名錄。",
  "National Immigration Law Center": "透過訴訟、政策工作和「了解您的權利」資料，捍衛並推進低收入移民的權利。不受理個人案件。",
  "Immigrant Legal Resource Center": "培訓並支援律師、法律工作者和倡議者，並出版紅卡等「了解您的權利」資料。不受理個人案件。",
  "Freedom for Immigrants": "全國性的志工探訪計畫網絡，探訪遭移民拘留的人，並為被拘留者設有熱線。",
  "National Bail Fund Network (Community Justice Exchange)": "社區保釋金和移民保證金基金的網絡，由 Community Justice Exchange 主辦；其名錄依州列出各基金。",
  "UndocuBlack Network": "由現為或曾為無證身分的黑人組成的跨世代網絡，為他們的權利和福祉而努力。",
  "Black Alliance for Just Immigration": "組織非裔美國人和黑人移民社群，爭取種族正義和移民權利。",
  "Mijente": "全國性的拉丁裔和奇卡諾裔組織中心；推動反對驅逐出境和拘留的行動，在全國各地都有在地成員。",
  "Church World Service": "以信仰為基礎的人道組織。美國政府於 2025 年終止了與其簽訂的難民安置協議；CWS 仍在協助已在美國的難民和移民，其部分美國辦公室也提供移民法律服務。",
  "HIAS": "保護難民和尋求庇護者的猶太人道組織。美國的難民安置已於 2025 年暫停；HIAS 仍提供法律協助，並與在地夥伴合作。",
  "RAICES": "難民與移民教育和法律服務中心：在德州提供免費和低收費的移民法律服務，並協助被拘留者繳納保證金。",
} as Record<string, string>;
